{{/*
Names and labels. Every object of a service is named <release>-<chart> (a sibling's name is known without reading
its values, so a service's default URL for another is http://<release>-<other>).
*/}}
{{- define "collections-lib.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "collections-lib.siblingName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "collections-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "collections-lib.siblingSelectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "collections-lib.labels" -}}
{{ include "collections-lib.selectorLabels" . }}
app.kubernetes.io/part-of: collections
app.kubernetes.io/component: {{ .Values.component }}
app.kubernetes.io/version: {{ include "collections-lib.imageTag" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end -}}

{{/* The image tag: the service's own, else the global one, else the chart's appVersion (the project version). */}}
{{- define "collections-lib.imageTag" -}}
{{- .Values.image.tag | default .Values.global.image.tag | default .Chart.AppVersion -}}
{{- end -}}

{{- define "collections-lib.image" -}}
{{- $registry := .Values.image.registry | default .Values.global.image.registry -}}
{{- $tag := include "collections-lib.imageTag" . -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "%s.image.tag: 'latest' is not allowed; use the project version (the chart's appVersion, %s) or another fixed tag" .Chart.Name .Chart.AppVersion) -}}
{{- end -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .Values.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* CASE_SERVICE_URL for case-service, GATEWAY_URL for gateway: the variables the services read. */}}
{{- define "collections-lib.urlVariable" -}}
{{- printf "%s_URL" (. | upper | replace "-" "_") -}}
{{- end -}}

{{/* Where a sibling answers: global.serviceUrls.<name>, else its Service in this namespace. */}}
{{- define "collections-lib.serviceUrl" -}}
{{- $override := index (.root.Values.global.serviceUrls | default dict) .name -}}
{{- $override | default (printf "http://%s" (include "collections-lib.siblingName" .)) -}}
{{- end -}}

{{/* The database: the CloudNativePG cluster of this service, or the external server. */}}
{{- define "collections-lib.cnpgClusterName" -}}
{{- printf "%s-db" (include "collections-lib.fullname" .) | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{- define "collections-lib.databaseHost" -}}
{{- if .Values.cnpg.enabled -}}
{{- printf "%s-rw" (include "collections-lib.cnpgClusterName" .) -}}
{{- else -}}
{{- required (printf "%s.database.external.host is required unless %s.cnpg.enabled is true" .Chart.Name .Chart.Name) .Values.database.external.host -}}
{{- end -}}
{{- end -}}

{{- define "collections-lib.databasePort" -}}
{{- if .Values.cnpg.enabled -}}5432{{- else -}}{{ .Values.database.external.port }}{{- end -}}
{{- end -}}

{{- define "collections-lib.databaseSecret" -}}
{{- if .Values.cnpg.enabled -}}
{{- printf "%s-app" (include "collections-lib.cnpgClusterName" .) -}}
{{- else -}}
{{- required (printf "%s.database.external.existingSecret is required unless %s.cnpg.enabled is true: a Secret with the database user and password (keys %s and %s)" .Chart.Name .Chart.Name .Values.database.external.usernameKey .Values.database.external.passwordKey) .Values.database.external.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "collections-lib.databaseSuffix" -}}
{{- $db := include "collections-lib.databaseHost" . -}}
{{- printf "%s:%s/%s%s" $db (include "collections-lib.databasePort" .) .Values.database.name (ternary (printf "?%s" .Values.database.parameters) "" (ne .Values.database.parameters "")) -}}
{{- end -}}

{{/* The Secret holding the service's keys: the existing one, or the one this chart renders when asked to. */}}
{{- define "collections-lib.secretName" -}}
{{- if .Values.secrets.create -}}
{{- include "collections-lib.fullname" . -}}
{{- else -}}
{{- required (printf "%s.secrets.existingSecret is required: a Secret with the keys %s (see k8s/RUNBOOK.md, \"Secrets\"), or set %s.secrets.create=true with secrets.values (development only)" .Chart.Name (concat .Values.secrets.env .Values.secrets.files | join ", ") .Chart.Name) .Values.secrets.existingSecret -}}
{{- end -}}
{{- end -}}

{{/* Key files are mounted here; the *_LOCATION / *_FILE(S) variables point into it. */}}
{{- define "collections-lib.keysDir" -}}/etc/collections/keys{{- end -}}
{{- define "collections-lib.tlsDir" -}}/etc/collections/tls{{- end -}}

{{/*
The gateway's HTTPS certificate and key (tls.crt, tls.key): edge.tls.existingSecret, else the Secret cert-manager
writes for the Certificate this chart renders (edge.tls.certManager.enabled), else the gateway's own Secret.
*/}}
{{- define "collections-lib.tlsSecretName" -}}
{{- if .Values.edge.tls.existingSecret -}}
{{- .Values.edge.tls.existingSecret -}}
{{- else if .Values.edge.tls.certManager.enabled -}}
{{- printf "%s-tls" (include "collections-lib.fullname" .) -}}
{{- else -}}
{{- include "collections-lib.secretName" . -}}
{{- end -}}
{{- end -}}
