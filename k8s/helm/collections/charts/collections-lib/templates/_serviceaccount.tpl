{{/* Its own ServiceAccount; the services never call the Kubernetes API, so no token is mounted. */}}
{{- define "collections-lib.serviceaccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end -}}
