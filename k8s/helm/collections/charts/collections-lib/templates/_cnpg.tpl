{{/*
An in-cluster PostgreSQL for this service: a CloudNativePG Cluster (the operator is a prerequisite, see
k8s/RUNBOOK.md). It creates the database and its owner, and the Secret <cluster>-app (username, password) the service
reads. Only the service's pods, the cluster's own instances and the operator may reach it.
*/}}
{{- define "collections-lib.cnpg" -}}
{{- if .Values.cnpg.enabled }}
{{- $name := include "collections-lib.cnpgClusterName" . -}}
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: {{ $name }}
  # not the service's labels: an operator configured to pass labels on to its pods must not make them look like the
  # service's pods (its Service, NetworkPolicy and the release's default deny select by those)
  labels:
    app.kubernetes.io/name: {{ $name }}
    app.kubernetes.io/component: database
    app.kubernetes.io/managed-by: {{ .Release.Service }}
    helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
spec:
  instances: {{ .Values.cnpg.instances }}
  {{- with .Values.cnpg.imageName }}
  imageName: {{ . }}
  {{- end }}
  primaryUpdateStrategy: unsupervised
  bootstrap:
    initdb:
      database: {{ .Values.database.name }}
      owner: {{ .Values.database.name }}
  storage:
    size: {{ .Values.cnpg.storage.size }}
    {{- with .Values.cnpg.storage.storageClass }}
    storageClass: {{ . }}
    {{- end }}
  {{- with .Values.cnpg.postgresql }}
  postgresql:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  resources:
    {{- toYaml .Values.cnpg.resources | nindent 4 }}
  affinity:
    enablePodAntiAffinity: true
    topologyKey: kubernetes.io/hostname
  monitoring:
    enablePodMonitor: {{ .Values.global.monitoring.serviceMonitor.enabled }}
{{- if .Values.global.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $name }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      cnpg.io/cluster: {{ $name }}
  policyTypes:
    - Ingress
  ingress:
    # the service, and the instances among themselves (replication)
    - from:
        - podSelector:
            matchLabels:
              {{- include "collections-lib.selectorLabels" . | nindent 14 }}
        - podSelector:
            matchLabels:
              cnpg.io/cluster: {{ $name }}
      ports:
        - port: 5432
          protocol: TCP
    # the operator: instance status (8000) and its own connections
    - from:
        - namespaceSelector:
            {{- toYaml .Values.global.networkPolicy.cnpgOperator.namespaceSelector | nindent 12 }}
      ports:
        - port: 8000
          protocol: TCP
        - port: 5432
          protocol: TCP
    # the instances' metrics (9187), for Prometheus
    - from:
        - namespaceSelector:
            {{- toYaml .Values.global.networkPolicy.monitoring.namespaceSelector | nindent 12 }}
      ports:
        - port: 9187
          protocol: TCP
{{- end }}
{{- end }}
{{- end -}}
