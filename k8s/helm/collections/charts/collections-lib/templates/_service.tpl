{{/*
The Service: the API on port 80 (to the container's http port) and health and metrics on the management port, which
only the monitoring namespace may reach (NetworkPolicy) and no Ingress routes to.
*/}}
{{- define "collections-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "collections-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
    {{- if .Values.ports.https }}
    - name: https
      port: {{ .Values.ports.https }}
      targetPort: https
      protocol: TCP
    {{- end }}
    - name: management
      port: {{ .Values.ports.management }}
      targetPort: management
      protocol: TCP
{{- end -}}
