{{/*
Who may talk to this service and whom it may talk to. The release's default-deny policy (umbrella chart) closes
everything else. Callers and callees are sibling services by chart name (values: calledBy, calls); the calls also make
the <SERVICE>_URL variables, so the policy and the configuration cannot disagree.
*/}}
{{- define "collections-lib.networkpolicy" -}}
{{- if .Values.global.networkPolicy.enabled }}
{{- $np := .Values.global.networkPolicy -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "collections-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- if .Values.calledBy }}
    # the API, from the services that call this one
    - from:
        {{- range .Values.calledBy }}
        - podSelector:
            matchLabels:
              {{- include "collections-lib.siblingSelectorLabels" (dict "root" $ "name" .) | nindent 14 }}
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    # health and metrics: Prometheus only (the kubelet's probes are not subject to NetworkPolicies)
    - from:
        - namespaceSelector:
            {{- toYaml $np.monitoring.namespaceSelector | nindent 12 }}
          {{- with $np.monitoring.podSelector }}
          podSelector:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      ports:
        - port: management
          protocol: TCP
    {{- if .Values.edge }}
    # the public API and the partners' mutual TLS, from the ingress controller / Gateway API implementation
    - from:
        - namespaceSelector:
            {{- toYaml $np.ingressController.namespaceSelector | nindent 12 }}
          {{- with $np.ingressController.podSelector }}
          podSelector:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      ports:
        - port: http
          protocol: TCP
        - port: https
          protocol: TCP
    {{- if eq .Values.partners.mode "loadBalancer" }}
    # partners' mutual TLS through the LoadBalancer Service: from their addresses only
    - from:
        {{- range .Values.partners.loadBalancer.sourceRanges }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
      ports:
        - port: https
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- with .Values.networkPolicy.extraIngress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  egress:
    # DNS
    - to:
        - namespaceSelector:
            {{- toYaml $np.dns.namespaceSelector | nindent 12 }}
          podSelector:
            {{- toYaml $np.dns.podSelector | nindent 12 }}
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- if .Values.calls }}
    # the services this one calls (REST and event delivery)
    - to:
        {{- range .Values.calls }}
        - podSelector:
            matchLabels:
              {{- include "collections-lib.siblingSelectorLabels" (dict "root" $ "name" .) | nindent 14 }}
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    # its database
    {{- if .Values.cnpg.enabled }}
    - to:
        - podSelector:
            matchLabels:
              cnpg.io/cluster: {{ include "collections-lib.cnpgClusterName" . }}
      ports:
        - port: 5432
          protocol: TCP
    {{- else if .Values.networkPolicy.databaseCidrs }}
    - to:
        {{- range .Values.networkPolicy.databaseCidrs }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
      ports:
        - port: {{ .Values.database.external.port }}
          protocol: TCP
    {{- else }}
    # (networkPolicy.databaseCidrs narrows this to the database's addresses)
    - ports:
        - port: {{ .Values.database.external.port }}
          protocol: TCP
    {{- end }}
    {{- with .Values.global.networkPolicy.extraEgress }}
    # every service: e.g. the token issuer's JWKS endpoint (global.jwt.publicKeyLocation)
    {{- toYaml . | nindent 4 }}
    {{- end }}
    {{- with .Values.networkPolicy.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}
{{- end -}}
