{{/* Release-scoped name prefix, at most 40 characters so "<prefix>-monitoring-service" stays a valid name. */}}
{{- define "wijknetwerk.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "wijknetwerk.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "wijknetwerk.labels" -}}
helm.sh/chart: {{ include "wijknetwerk.chart" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: wijknetwerk
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Selector labels of one application; call with (dict "root" $ "name" $name). */}}
{{- define "wijknetwerk.selectorLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .name }}
{{- end -}}

{{/* Labels of one application's objects. */}}
{{- define "wijknetwerk.appLabels" -}}
{{ include "wijknetwerk.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ if has .name (list "gateway" "web") }}{{ .name }}{{ else }}service{{ end }}
{{- end -}}

{{/* Name of one application's objects. */}}
{{- define "wijknetwerk.appName" -}}
{{- printf "%s-%s" (include "wijknetwerk.fullname" .root) .name -}}
{{- end -}}

{{/* An application's settings: chart defaults merged under its own. */}}
{{- define "wijknetwerk.app" -}}
{{- $app := index .root.Values.apps .name -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy $app)) -}}
{{- end -}}

{{- define "wijknetwerk.image" -}}
{{- $tag := .app.image.tag | default .root.Chart.AppVersion -}}
{{- if .app.image.digest -}}
{{- printf "%s/%s@%s" .root.Values.image.registry .app.image.repository .app.image.digest -}}
{{- else -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .app.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "wijknetwerk.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "wijknetwerk.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* Names of the optional dependencies made by this chart. */}}
{{- define "wijknetwerk.kafkaName" -}}
{{- printf "%s-kafka" (include "wijknetwerk.fullname" .) -}}
{{- end -}}
{{- define "wijknetwerk.postgresName" -}}
{{- printf "%s-postgres" (include "wijknetwerk.fullname" .) -}}
{{- end -}}
{{- define "wijknetwerk.keycloakName" -}}
{{- printf "%s-keycloak" (include "wijknetwerk.fullname" .) -}}
{{- end -}}

{{/* Whether the chart's Strimzi cluster authenticates its clients (TLS listener + SCRAM-SHA-512 + ACLs). */}}
{{- define "wijknetwerk.kafkaSecured" -}}
{{- if and .Values.kafka.strimzi.enabled (eq .Values.kafka.strimzi.authentication "scram-sha-512") -}}true{{- end -}}
{{- end -}}

{{/* The port the applications reach Kafka on. */}}
{{- define "wijknetwerk.kafkaPort" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- if include "wijknetwerk.kafkaSecured" . -}}9093{{- else -}}9092{{- end -}}
{{- else -}}
{{- .Values.kafka.external.port -}}
{{- end -}}
{{- end -}}

{{/* Name of an application's KafkaUser (and of the Secret Strimzi writes its credentials to). */}}
{{- define "wijknetwerk.kafkaUserName" -}}
{{- printf "%s-%s" (include "wijknetwerk.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Kafka client security of an application as KAFKA_* variables (Quarkus hands them to every Kafka client: the
messaging connector, the outbox relay, dead-letter producers); call with (dict "root" $ "name" $name).
*/}}
{{- define "wijknetwerk.kafkaSecurityConfig" -}}
{{- $root := .root -}}
{{- if include "wijknetwerk.kafkaSecured" $root }}
KAFKA_SECURITY_PROTOCOL: "SASL_SSL"
KAFKA_SASL_MECHANISM: "SCRAM-SHA-512"
KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
KAFKA_SSL_TRUSTSTORE_LOCATION: "/etc/wijknetwerk/kafka-ca/ca.crt"
{{- else if not $root.Values.kafka.strimzi.enabled }}
{{- $ext := $root.Values.kafka.external }}
KAFKA_SECURITY_PROTOCOL: {{ $ext.securityProtocol | quote }}
{{- if hasPrefix "SASL_" $ext.securityProtocol }}
KAFKA_SASL_MECHANISM: {{ $ext.saslMechanism | quote }}
{{- end }}
{{- if and $ext.caSecret (has $ext.securityProtocol (list "SSL" "SASL_SSL")) }}
KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
KAFKA_SSL_TRUSTSTORE_LOCATION: "/etc/wijknetwerk/kafka-ca/ca.crt"
{{- end }}
{{- end }}
{{- end -}}

{{/* The Secret holding an application's sasl.jaas.config, or nothing when it needs none. */}}
{{- define "wijknetwerk.kafkaCredentialsSecret" -}}
{{- $root := .root -}}
{{- if include "wijknetwerk.kafkaSecured" $root -}}
{{- include "wijknetwerk.kafkaUserName" . -}}
{{- else if and (not $root.Values.kafka.strimzi.enabled) (hasPrefix "SASL_" $root.Values.kafka.external.securityProtocol) -}}
{{- printf "%s%s" (required "kafka.external.credentialsSecretPrefix is required with a SASL security protocol" $root.Values.kafka.external.credentialsSecretPrefix) .name -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the Kafka cluster's CA certificate (key ca.crt), or nothing. */}}
{{- define "wijknetwerk.kafkaCaSecret" -}}
{{- if include "wijknetwerk.kafkaSecured" . -}}
{{- printf "%s-cluster-ca-cert" (include "wijknetwerk.kafkaName" .) -}}
{{- else if and (not .Values.kafka.strimzi.enabled) (has .Values.kafka.external.securityProtocol (list "SSL" "SASL_SSL")) -}}
{{- .Values.kafka.external.caSecret -}}
{{- end -}}
{{- end -}}

{{- define "wijknetwerk.kafkaBootstrapServers" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:%s" (include "wijknetwerk.kafkaName" .) (include "wijknetwerk.kafkaPort" .) -}}
{{- else -}}
{{- required "kafka.external.bootstrapServers is required when kafka.strimzi.enabled is false" .Values.kafka.external.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{/* JDBC URL of one database; call with (dict "root" $ "database" "cases"). */}}
{{- define "wijknetwerk.jdbcUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- if $pg.cloudNativePG.enabled -}}
{{- printf "jdbc:postgresql://%s-rw:5432/%s" (include "wijknetwerk.postgresName" .root) .database -}}
{{- else -}}
{{- $host := required "postgresql.external.host is required when postgresql.cloudNativePG.enabled is false" $pg.external.host -}}
{{- printf "jdbc:postgresql://%s:%v/%s" $host $pg.external.port .database -}}
{{- with $pg.external.parameters }}?{{ . }}{{ end -}}
{{- end -}}
{{- end -}}

{{- define "wijknetwerk.oidcUrl" -}}
{{- if .Values.keycloak.operator.enabled -}}
{{- printf "http://%s-service:8080/realms/wijknetwerk" (include "wijknetwerk.keycloakName" .) -}}
{{- else -}}
{{- required "keycloak.external.url is required when keycloak.operator.enabled is false" .Values.keycloak.external.url -}}
{{- end -}}
{{- end -}}

{{/* Restricted container security context (Pod Security Standard "restricted"). */}}
{{- define "wijknetwerk.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 185
runAsGroup: 185
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Database user and password of an application, from its existing Secret. */}}
{{- define "wijknetwerk.databaseCredentials" -}}
- name: WIJKNETWERK_DB_USER
  valueFrom:
    secretKeyRef:
      name: {{ .database.existingSecret }}
      key: username
- name: WIJKNETWERK_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .database.existingSecret }}
      key: password
{{- end -}}

{{/* Egress to a dependency outside the cluster: its CIDR when known, otherwise only its port. */}}
{{- define "wijknetwerk.externalEgress" -}}
- {{- if .cidr }}
  to:
    - ipBlock:
        cidr: {{ .cidr }}
  {{- end }}
  ports:
    - { port: {{ .port }}, protocol: TCP }
{{- end -}}

{{/* One application's ConfigMap; call with (dict "root" $ "name" $name). Its hash rolls only that application. */}}
{{- define "wijknetwerk.configMap" -}}
{{- $root := .root }}
{{- $name := .name }}
{{- $ctx := . }}
{{- $app := include "wijknetwerk.app" $ctx | fromYaml }}
# Non-secret settings of {{ $name }}, as the environment variables its configuration reads.
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "wijknetwerk.appName" $ctx }}
  labels:
    {{- include "wijknetwerk.appLabels" $ctx | nindent 4 }}
data:
  QUARKUS_HTTP_PORT: "8080"
  # Health and metrics: the management interface, a port of its own that no Ingress or route reaches.
  QUARKUS_MANAGEMENT_PORT: "9000"
  JAVA_TOOL_OPTIONS: {{ $root.Values.jvm.options | quote }}
  WIJKNETWERK_OTEL_EXPORTER: {{ $root.Values.tracing.exporter | quote }}
  {{- with $root.Values.tracing.endpoint }}
  QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: {{ . | quote }}
  {{- end }}
  WIJKNETWERK_OIDC_URL: {{ include "wijknetwerk.oidcUrl" $root | quote }}
  WIJKNETWERK_LOG_JSON: {{ $root.Values.logJson | quote }}
  {{- if $app.database }}
  # The services' shared configuration (wijknetwerk-shared) reads these; the gateway does not.
  WIJKNETWERK_DB_URL: {{ include "wijknetwerk.jdbcUrl" (dict "root" $root "database" $app.database.name) | quote }}
  KAFKA_BOOTSTRAP_SERVERS: {{ include "wijknetwerk.kafkaBootstrapServers" $root | quote }}
  {{- include "wijknetwerk.kafkaSecurityConfig" $ctx | nindent 2 }}
  # Migrations run in the init container (deployment.yaml); the serving container leaves the schema alone.
  QUARKUS_FLYWAY_ACTIVE: "false"
  {{- end }}
  {{- if eq $name "gateway" }}
  GATEWAY_RATE_LIMIT: {{ $root.Values.gateway.requestsPerWindow | quote }}
  {{- with $root.Values.gateway.trustedProxies }}
  GATEWAY_TRUSTED_PROXIES: {{ join "," . | quote }}
  {{- end }}
  {{- range $other, $otherApp := $root.Values.apps }}
  {{- if and $otherApp.enabled $otherApp.upstream }}
  GATEWAY_UPSTREAM_{{ $otherApp.upstream | upper }}: {{ printf "http://%s:8080" (include "wijknetwerk.appName" (dict "root" $root "name" $other)) | quote }}
  {{- end }}
  {{- end }}
  {{- end }}
  {{- if eq $name "web" }}
  # The web application reads and changes everything through the gateway, inside the cluster.
  WEB_GATEWAY_URL: {{ printf "http://%s:8080" (include "wijknetwerk.appName" (dict "root" $root "name" "gateway")) | quote }}
  {{- end }}
  {{- range $key, $value := $app.env }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
{{- end -}}

{{/*
The web application's paths on the public host, for the Ingress and the HTTPRoute alike: prefixes, then exact paths.
Its /q endpoints (health, metrics) are never among them.
*/}}
{{- define "wijknetwerk.webPrefixes" -}}/wards /me /network /language /logout /no-access /css{{- end }}
{{- define "wijknetwerk.webExact" -}}/ /favicon.svg{{- end }}
