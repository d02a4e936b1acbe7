{{/*
The Deployment of one service: restricted Pod Security Standard (non-root uid 185, read-only root file system with a
writable /tmp, no capabilities, RuntimeDefault seccomp), probes on the Quarkus health endpoints of the management
port, rolling updates that never take a ready pod away before its successor is ready.
*/}}
{{- define "collections-lib.deployment" -}}
{{- $secretName := include "collections-lib.secretName" . -}}
{{- $dbSecret := include "collections-lib.databaseSecret" . -}}
{{- $files := .Values.secrets.files -}}
{{- if not .Values.global.jwt.publicKeyLocation -}}
{{- $files = prepend $files "jwt-public.pem" -}}
{{- end -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "collections-lib.fullname" . }}
  labels:
    {{- include "collections-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "collections-lib.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: {{ .Values.rollingUpdate.maxSurge }}
  template:
    metadata:
      labels:
        {{- include "collections-lib.labels" . | nindent 8 }}
      annotations:
        # a changed ConfigMap (or a Secret this chart renders) rolls the pods
        checksum/config: {{ include "collections-lib.configData" . | sha256sum }}
        {{- with .Values.configFiles }}
        checksum/files: {{ toJson . | sha256sum }}
        {{- end }}
        {{- if .Values.secrets.create }}
        checksum/secret: {{ toJson .Values.secrets.values | sha256sum }}
        {{- end }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "collections-lib.fullname" . }}
      automountServiceAccountToken: false
      # no <SERVICE>_PORT/_HOST variables: the services read only what the ConfigMap and Secret give them
      enableServiceLinks: false
      {{- if .Values.global.hostNetwork }}
      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
      {{- end }}
      {{- with .Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 185
        runAsGroup: 185
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault
      {{- with .Values.topologySpread }}
      topologySpreadConstraints:
        {{- range . }}
        - maxSkew: {{ .maxSkew }}
          topologyKey: {{ .topologyKey }}
          whenUnsatisfiable: {{ .whenUnsatisfiable }}
          labelSelector:
            matchLabels:
              {{- include "collections-lib.selectorLabels" $ | nindent 14 }}
          matchLabelKeys:
            - pod-template-hash
        {{- end }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "collections-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy | default .Values.global.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.ports.http }}
              protocol: TCP
            {{- if .Values.ports.https }}
            - name: https
              containerPort: {{ .Values.ports.https }}
              protocol: TCP
            {{- end }}
            - name: management
              containerPort: {{ .Values.ports.management }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "collections-lib.fullname" . }}
          env:
            - name: DB_USER
              valueFrom:
                secretKeyRef:
                  name: {{ $dbSecret }}
                  key: {{ ternary "username" .Values.database.external.usernameKey .Values.cnpg.enabled }}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $dbSecret }}
                  key: {{ ternary "password" .Values.database.external.passwordKey .Values.cnpg.enabled }}
            {{- /* SERVICE_CLIENT_SECRET may sit under another key (serviceIdentity.secretKey) of a Secret shared by several services */}}
            {{- $ownSecretKey := (.Values.serviceIdentity | default dict).secretKey | default "SERVICE_CLIENT_SECRET" }}
            {{- range .Values.secrets.env }}
            {{- if not (and (eq . "EVENTS_SIGNING_KEY_ID") $.Values.events.signingKeyId) }}
            - name: {{ . }}
              valueFrom:
                secretKeyRef:
                  name: {{ $secretName }}
                  key: {{ ternary $ownSecretKey . (eq . "SERVICE_CLIENT_SECRET") }}
            {{- end }}
            {{- end }}
            {{- range .Values.secrets.optionalEnv }}
            - name: {{ . }}
              valueFrom:
                secretKeyRef:
                  name: {{ $secretName }}
                  key: {{ ternary $ownSecretKey . (eq . "SERVICE_CLIENT_SECRET") }}
                  optional: true
            {{- end }}
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: management
            # Flyway migrates before the service starts: give a large migration time
            periodSeconds: 5
            failureThreshold: {{ .Values.probes.startupFailureThreshold }}
            timeoutSeconds: 3
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: management
            periodSeconds: 10
            failureThreshold: 3
            timeoutSeconds: 3
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: management
            periodSeconds: 5
            failureThreshold: 3
            timeoutSeconds: 3
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            runAsNonRoot: true
            runAsUser: 185
            runAsGroup: 185
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            privileged: false
            capabilities:
              drop:
                - ALL
            seccompProfile:
              type: RuntimeDefault
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if $files }}
            - name: keys
              mountPath: {{ include "collections-lib.keysDir" . }}
              readOnly: true
            {{- end }}
            {{- if .Values.configFiles }}
            - name: config-files
              mountPath: /etc/collections/config
              readOnly: true
            {{- end }}
            {{- if .Values.edge }}
            - name: tls
              mountPath: {{ include "collections-lib.tlsDir" . }}
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpSizeLimit }}
        {{- if $files }}
        - name: keys
          secret:
            secretName: {{ $secretName }}
            defaultMode: 288   # 0440: the service's group (fsGroup 185) reads
            items:
              {{- range $files }}
              - key: {{ . }}
                path: {{ . }}
              {{- end }}
        {{- end }}
        {{- if .Values.configFiles }}
        - name: config-files
          configMap:
            name: {{ include "collections-lib.fullname" . }}-files
            defaultMode: 292   # 0444
        {{- end }}
        {{- if .Values.edge }}
        - name: tls
          secret:
            secretName: {{ include "collections-lib.tlsSecretName" . }}
            defaultMode: 288   # 0440: the service's group (fsGroup 185) reads
            items:
              - key: tls.crt
                path: tls.crt
              - key: tls.key
                path: tls.key
        {{- end }}
{{- end -}}
