{{/* Non-secret settings, as the environment variables the service reads (application.properties, commons). */}}
{{- define "collections-lib.configData" -}}
QUARKUS_PROFILE: {{ .Values.global.quarkusProfile | quote }}
QUARKUS_HTTP_PORT: {{ .Values.ports.http | quote }}
MANAGEMENT_PORT: {{ .Values.ports.management | quote }}
DB_JDBC_URL: {{ printf "jdbc:postgresql://%s" (include "collections-lib.databaseSuffix" .) | quote }}
DB_REACTIVE_URL: {{ printf "postgresql://%s" (include "collections-lib.databaseSuffix" .) | quote }}
JWT_PUBLIC_KEY_LOCATION: {{ .Values.global.jwt.publicKeyLocation | default (printf "%s/jwt-public.pem" (include "collections-lib.keysDir" .)) | quote }}
{{- range .Values.calls }}
{{ include "collections-lib.urlVariable" . }}: {{ include "collections-lib.serviceUrl" (dict "root" $ "name" .) | quote }}
{{- end }}
{{- with .Values.events.signingKeyId }}
EVENTS_SIGNING_KEY_ID: {{ . | quote }}
{{- end }}
{{- with .Values.edge }}
GATEWAY_HTTPS_PORT: {{ $.Values.ports.https | quote }}
GATEWAY_TLS_CERT_FILE: {{ printf "%s/tls.crt" (include "collections-lib.tlsDir" $) | quote }}
GATEWAY_TLS_KEY_FILE: {{ printf "%s/tls.key" (include "collections-lib.tlsDir" $) | quote }}
PARTNER_CA_CERT_FILES: {{ printf "%s/partner-ca.crt" (include "collections-lib.keysDir" $) | quote }}
TOKEN_ISSUER_PRIVATE_KEY_LOCATION: {{ printf "%s/token-issuer-private.pem" (include "collections-lib.keysDir" $) | quote }}
QUARKUS_HTTP_INSECURE_REQUESTS: {{ ternary "enabled" "disabled" .plainHttp | quote }}
CORS_ORIGINS: {{ join "," .corsOrigins | quote }}
{{- end }}
{{- range $name, $value := .Values.env }}
{{ $name }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{- define "collections-lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
data:
  {{- include "collections-lib.configData" . | nindent 2 }}
{{- with .Values.configFiles }}
---
# Files of non-secret configuration (configFiles), mounted read-only under /etc/collections/config.
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "collections-lib.fullname" $ }}-files
  labels:
    {{- include "collections-lib.labels" $ | nindent 4 }}
data:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
