{{/*
The service's keys. Production: an existing Secret (secrets.existingSecret), made by whoever owns the keys
(kubectl, External Secrets, Sealed Secrets...). Only when secrets.create is true does the chart render one from
secrets.values — for development clusters and CI, never with real keys.
*/}}
{{- define "collections-lib.secret" -}}
{{- if .Values.secrets.create }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
type: Opaque
stringData:
  {{- range $key, $value := .Values.secrets.values }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
{{- end }}
{{- end -}}
