# shellcheck shell=bash
# Shared by bin/backup and bin/restore. Source it after postgres.sh and services.sh; do not run it.
#   bk_database SERVICE   prints the database (and role) name of SERVICE in the local suite
#   bk_server             sets PG_HOST, PG_PORT and PG_SUPERUSER: the PostgreSQL of the local suite, or the server the
#                         usual libpq variables name (PGHOST, PGPORT, PGUSER as a superuser; PGPASSWORD is read by libpq)

bk_database() {
  local row names=()
  for row in "${SERVICES[@]}"; do
    names+=("$(svc_field "$row" 0)")
    if [[ "$(svc_field "$row" 0)" == "$1" && "$(svc_field "$row" 3)" != "-" ]]; then
      svc_field "$row" 3
      return 0
    fi
  done
  printf '%s: unknown service: %s (one of: %s)\n' "${0##*/}" "$1" "${names[*]}" >&2
  return 1
}

bk_server() {
  PG_HOST=${PGHOST:-localhost}
  PG_SUPERUSER=${PGUSER:-postgres}
  if [[ -n "${PGPORT:-}" ]]; then
    PG_PORT=$PGPORT
  elif ! PG_PORT=$(pg_suite_port); then
    pg_log "no PostgreSQL answers (bin/local-up starts one; PGHOST and PGPORT name another)"
    return 1
  fi
}
