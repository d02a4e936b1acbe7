{{/* Prometheus operator: scrape /q/metrics on the management port of every pod behind the Service. */}}
{{- define "collections-lib.servicemonitor" -}}
{{- if .Values.global.monitoring.serviceMonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
    {{- with .Values.global.monitoring.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "collections-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: management
      path: /q/metrics
      interval: {{ .Values.global.monitoring.serviceMonitor.interval }}
      scrapeTimeout: {{ .Values.global.monitoring.serviceMonitor.scrapeTimeout }}
{{- end }}
{{- end -}}
