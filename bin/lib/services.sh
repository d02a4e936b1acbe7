# shellcheck shell=bash
# The services of the suite and the environment a service is started with, shared by bin/local-up and bin/images
# (and by any script that starts a service). Source it; do not run it.
#
# SERVICES: name | module directory | HTTP port | database (and role) name, or "-" for none | management port
# (health and metrics; not served on the HTTP port). A new service is one line here.
#   svc_field ROW N      field N (0-based) of a SERVICES row
#   svc_env NAME HTTP_PORT MANAGEMENT_PORT DATABASE PG_PORT KEYS_DIR [PEER_URL]
#                        sets SVC_ENV (VAR=value words) to the environment of service NAME, see below
#   svc_java_args NAME PKI_DIR
#                        sets SVC_JAVA_ARGS to the JVM arguments of service NAME in a local run, see below

: "${REPO_ROOT:?REPO_ROOT must be set before sourcing bin/lib/services.sh}"

SERVICES=(
  "gateway|gateway|8080|gateway|9080"
  "case-service|case-service|8081|case_service|9081"
  "contact-service|contact-service|8082|contact_service|9082"
  "plan-service|plan-service|8083|plan_service|9083"
)
SVC_ENV=()
SVC_JAVA_ARGS=()

# The JVM settings of every service (k8s/images/jvm.options), on one line.
jvm_options() { tr '\n' ' ' <"$REPO_ROOT/k8s/images/jvm.options" | sed 's/ *$//'; }

svc_field() { local IFS='|'; local -a f; read -r -a f <<<"$1"; echo "${f[$2]}"; }

# The environment of service NAME: its ports; the DEV-ONLY keys of dev-keys/dev.env, its own event signing key id
# and its own client secret at the gateway (SERVICE_CLIENT_SECRET), the JWT public key (and, for the gateway, the
# token signing key) as files under KEYS_DIR, the directory where
# the service sees dev-keys/; its database DATABASE on localhost:PG_PORT (role = password = database name, as
# pg_ensure_service_db makes it; "-" for none); and where the other services are: CASE_SERVICE_URL,
# CONTACT_SERVICE_URL, ... on their local ports, or all at PEER_URL when given.
svc_env() {
  local name=$1 port=$2 mport=$3 db=$4 pg_port=$5 keys=$6 peer_url=${7:-} row module="" line other oname
  for row in "${SERVICES[@]}"; do
    [[ "$(svc_field "$row" 0)" == "$name" ]] && module=$(svc_field "$row" 1)
  done
  [[ -n "$module" ]] || { echo "svc_env: unknown service $name" >&2; return 1; }
  SVC_ENV=(QUARKUS_HTTP_PORT="$port" MANAGEMENT_PORT="$mport" JDK_JAVA_OPTIONS="$(jvm_options)" MALLOC_ARENA_MAX=2)
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] || SVC_ENV+=("$line")
  done <"$REPO_ROOT/dev-keys/dev.env"
  SVC_ENV+=(EVENTS_SIGNING_KEY_ID="$module-dev" JWT_PUBLIC_KEY_LOCATION="$keys/DEV-ONLY-jwt-public.pem")
  # Its own client secret at the gateway's /oauth2/token (service identity), when dev.env has one for it.
  local own_secret
  own_secret=$(sed -n "s/^SERVICE_CLIENT_SECRET_${name//-/_}=//Ip" "$REPO_ROOT/dev-keys/dev.env")
  [[ -z "$own_secret" ]] || SVC_ENV+=(SERVICE_CLIENT_SECRET="$own_secret")
  # The gateway signs partners' client-credential tokens with the DEV-ONLY private key (only the gateway reads it).
  if [[ "$name" == gateway ]]; then
    SVC_ENV+=(TOKEN_ISSUER_PRIVATE_KEY_LOCATION="$keys/DEV-ONLY-jwt-private.pem")
  fi
  if [[ "$db" != "-" ]]; then
    SVC_ENV+=(
      DB_USER="$db" DB_PASSWORD="$db"
      DB_REACTIVE_URL="postgresql://localhost:$pg_port/$db"
      DB_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$db"
    )
  fi
  for other in "${SERVICES[@]}"; do
    oname=$(svc_field "$other" 0)
    oname=${oname^^}
    SVC_ENV+=("${oname//-/_}_URL=${peer_url:-http://localhost:$(svc_field "$other" 2)}")
  done
}

# The JVM arguments of service NAME in a local run (bin/local-up, and bin/bench's second instances): the local profile;
# the gateway serves HTTPS with mutual TLS (on 8443, GATEWAY_HTTPS_PORT) with the DEV-ONLY certificates bin/dev-pki
# makes in PKI_DIR.
svc_java_args() {
  local name=$1 pki=$2
  SVC_JAVA_ARGS=(-Dquarkus.profile=local)
  if [[ "$name" == gateway ]]; then
    SVC_JAVA_ARGS+=(-Dquarkus.http.tls-configuration-name=partners
      "-Dquarkus.tls.partners.key-store.pem.server.cert=$pki/gateway.crt"
      "-Dquarkus.tls.partners.key-store.pem.server.key=$pki/gateway.key"
      "-Dquarkus.tls.partners.trust-store.pem.certs=$pki/partner-ca.crt")
  fi
}
