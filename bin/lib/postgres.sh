# shellcheck shell=bash
# Shared PostgreSQL helpers for bin/local-up, bin/local-down and bin/test. Source it; do not run it.
#
# pg_ensure  makes a PostgreSQL server reachable on localhost and sets:
#   PG_HOST=localhost, PG_PORT, PG_SUPERUSER (always "postgres"),
#   PG_PRIVATE=1 when it is the project's own cluster under .local/pgdata (else 0),
#   PG_STARTED_NOW=1 when this call started that cluster (else 0).
# Order: the project's private cluster if it is already running; else the server on localhost:5432 if
# one answers; else a private cluster is initialised (once) and started from the PostgreSQL binaries
# installed on the machine, on port 5432 if free, otherwise on the next free port.
# PG_FORCE_PRIVATE=1 skips the server on localhost:5432 and always uses the private cluster.

: "${REPO_ROOT:?REPO_ROOT must be set before sourcing bin/lib/postgres.sh}"

PG_HOST=localhost
PG_SUPERUSER=postgres
PG_LINK="$REPO_ROOT/.local/pgdata"
PG_RUN_DIR="$REPO_ROOT/.local/run"
PG_CLUSTER_USER_DEFAULT=collections
PG_PORT=""
PG_PRIVATE=0
PG_STARTED_NOW=0

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

# Path of a PostgreSQL program: PATH first, then the newest /usr/lib/postgresql/*/bin.
pg_tool() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin /usr/pgsql-*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/$name" ]]; then
      echo "$dir/$name"
      return 0
    fi
  done
  return 1
}

# Is something listening on localhost:PORT?
pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Does a PostgreSQL server answer on localhost:PORT?
pg_answers() {
  local port=$1 isready
  if isready=$(pg_tool pg_isready); then
    "$isready" -q -h "$PG_HOST" -p "$port" >/dev/null 2>&1
  else
    pg_port_in_use "$port"
  fi
}

# The real data directory of the private cluster (.local/pgdata, or where that symlink points).
pg_data_dir() {
  if [[ -L "$PG_LINK" ]]; then
    readlink -f "$PG_LINK"
  else
    echo "$PG_LINK"
  fi
}

# Port of the running private cluster, or nothing (status 1) when it is not running.
pg_private_running_port() {
  local data pid port
  data=$(pg_data_dir)
  [[ -f "$data/postmaster.pid" ]] || return 1
  pid=$(sed -n 1p "$data/postmaster.pid" 2>/dev/null)
  port=$(sed -n 4p "$data/postmaster.pid" 2>/dev/null)
  [[ -n "$pid" && -n "$port" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  pg_answers "$port" || return 1
  echo "$port"
}

# The PostgreSQL a running suite uses: the port bin/local-up recorded in RUN_DIR (default .local/run) for a private
# cluster, this checkout's private cluster, or the server on localhost:5432; nothing (status 1) when none answers.
pg_suite_port() {
  local run_dir=${1:-$REPO_ROOT/.local/run} port
  if [[ -s "$run_dir/postgres.port" ]] && pg_answers "$(cat "$run_dir/postgres.port")"; then
    cat "$run_dir/postgres.port"
  elif port=$(pg_private_running_port); then
    echo "$port"
  elif pg_answers 5432; then
    echo 5432
  else
    return 1
  fi
}

# Runs a command as the owner of the private cluster (root must not run PostgreSQL).
pg_as_owner() {
  local owner=$1
  shift
  if [[ "$(id -un)" == "$owner" ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "$owner" -- "$@"
  else
    su -s /bin/sh "$owner" -c "$(printf '%q ' "$@")"
  fi
}

# The unprivileged account that runs the private cluster when invoked as root.
pg_cluster_user() {
  if [[ $EUID -ne 0 ]]; then
    id -un
    return 0
  fi
  if id "$PG_CLUSTER_USER_DEFAULT" >/dev/null 2>&1; then
    echo "$PG_CLUSTER_USER_DEFAULT"
    return 0
  fi
  if command -v useradd >/dev/null 2>&1 \
    && useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
         "$PG_CLUSTER_USER_DEFAULT" >/dev/null 2>&1; then
    pg_log "created system user '$PG_CLUSTER_USER_DEFAULT' to run the private PostgreSQL cluster"
    echo "$PG_CLUSTER_USER_DEFAULT"
    return 0
  fi
  echo nobody
}

pg_install_hint() {
  cat >&2 <<'HINT'
[postgres] No PostgreSQL server answers on localhost:5432 and no PostgreSQL server binaries
[postgres] (initdb, pg_ctl) were found on PATH or under /usr/lib/postgresql/*/bin.
[postgres] Install PostgreSQL, then run this again:
[postgres]     sudo apt-get install postgresql        (Debian/Ubuntu)
[postgres] or point the tests at an existing server:  PG_ADMIN_URL=jdbc:postgresql://HOST:PORT/postgres?user=postgres
HINT
}

# In CI (CI=true, root, apt-get available) install the PostgreSQL server packages; elsewhere do nothing.
pg_try_install() {
  [[ "${CI:-}" == "true" && $EUID -eq 0 ]] || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  pg_log "CI: installing PostgreSQL with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2 || return 1
}

# pg_dump, pg_restore and psql (bin/backup, bin/restore, the backup-and-restore system test): in CI (CI=true, root,
# apt-get) the postgresql-client package is installed when one is missing; elsewhere nothing is installed.
pg_ensure_client_tools() {
  local tool missing=0
  for tool in psql pg_dump pg_restore; do
    pg_tool "$tool" >/dev/null || missing=1
  done
  ((missing)) || return 0
  [[ "${CI:-}" == "true" && $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1 || return 1
  pg_log "CI: installing postgresql-client (psql, pg_dump, pg_restore) with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-client >&2
}

# Path of a PostgreSQL client program, or a message saying what to install (status 1).
pg_client_tool() {
  pg_tool "$1" && return 0
  pg_log "$1 not found on PATH or under /usr/lib/postgresql/*/bin (install postgresql-client)"
  return 1
}

pg_start_private() {
  local initdb pg_ctl owner data port
  if ! initdb=$(pg_tool initdb) || ! pg_ctl=$(pg_tool pg_ctl); then
    if pg_try_install; then
      # The distribution package may have started its own cluster on 5432.
      if pg_answers 5432; then
        PG_PORT=5432
        return 0
      fi
    fi
    if ! initdb=$(pg_tool initdb) || ! pg_ctl=$(pg_tool pg_ctl); then
      pg_install_hint
      return 1
    fi
  fi

  owner=$(pg_cluster_user)
  mkdir -p "$REPO_ROOT/.local" "$PG_RUN_DIR"
  data=$(pg_data_dir)

  if [[ ! -f "$data/PG_VERSION" ]]; then
    # The cluster owner must be able to reach the data directory; a checkout under a private home
    # directory (e.g. /root) is not reachable by an unprivileged user, so the data then lives under
    # /var/tmp and .local/pgdata is a symlink to it.
    if [[ ! -L "$PG_LINK" && "$owner" != "$(id -un)" ]] && ! pg_as_owner "$owner" test -x "$REPO_ROOT/.local"; then
      data="/var/tmp/collections-platform-$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)/pgdata"
      mkdir -p "$data"
      ln -sfn "$data" "$PG_LINK"
      chown "$owner" "$(dirname "$data")"
      pg_log "$REPO_ROOT is not reachable by '$owner'; cluster data in $data (linked from .local/pgdata)"
    fi
    mkdir -p "$data"
    chmod 700 "$data"
    [[ "$owner" == "$(id -un)" ]] || chown "$owner" "$data"
    pg_log "initialising a private cluster in $data (owner $owner, superuser $PG_SUPERUSER)"
    (cd "$data" && pg_as_owner "$owner" "$initdb" -D "$data" -U "$PG_SUPERUSER" -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256) >"$PG_RUN_DIR/initdb.log" 2>&1 || {
      pg_log "initdb failed:"
      tail -n 30 "$PG_RUN_DIR/initdb.log" >&2
      return 1
    }
    # The superuser connects over TCP without a password (local use only: the server listens on
    # localhost); every other role must present its password.
    pg_as_owner "$owner" sh -c "cat > '$data/pg_hba.conf'" <<'HBA'
# Private development cluster of the collections platform (bin/lib/postgres.sh).
local   all   all                    trust
host    all   postgres  127.0.0.1/32 trust
host    all   postgres  ::1/128      trust
host    all   all       127.0.0.1/32 scram-sha-256
host    all   all       ::1/128      scram-sha-256
HBA
  fi

  owner=$(stat -c %U "$data")
  port=5432
  while pg_port_in_use "$port"; do
    port=$((port + 1))
    if ((port > 5499)); then
      pg_log "no free port between 5432 and 5499"
      return 1
    fi
  done

  pg_log "starting the private cluster on localhost:$port (log: $data/server.log)"
  (cd "$data" && pg_as_owner "$owner" "$pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=localhost -c unix_socket_directories=''" start) >&2 || {
    pg_log "the private cluster did not start:"
    tail -n 30 "$data/server.log" >&2 2>/dev/null
    return 1
  }
  PG_PORT=$port
  PG_PRIVATE=1
  PG_STARTED_NOW=1
}

pg_ensure() {
  local port
  if port=$(pg_private_running_port); then
    PG_PORT=$port
    PG_PRIVATE=1
    pg_log "using the private cluster on localhost:$PG_PORT"
    return 0
  fi
  if [[ "${PG_FORCE_PRIVATE:-0}" != 1 ]] && pg_answers 5432; then
    PG_PORT=5432
    PG_PRIVATE=0
    pg_log "using the PostgreSQL server on localhost:5432"
    return 0
  fi
  pg_start_private
}

# Stops the private cluster if it is running. Never touches any other server.
pg_stop_private() {
  local data pg_ctl owner
  data=$(pg_data_dir)
  [[ -f "$data/postmaster.pid" ]] || return 0
  if ! pg_ctl=$(pg_tool pg_ctl); then
    pg_log "pg_ctl not found; cannot stop the private cluster in $data"
    return 1
  fi
  owner=$(stat -c %U "$data")
  pg_log "stopping the private cluster in $data"
  (cd "$data" && pg_as_owner "$owner" "$pg_ctl" -D "$data" -m fast -w -t 60 stop) >&2
}

# psql as the superuser over TCP; extra arguments are passed to psql.
pg_psql() {
  local psql
  psql=$(pg_tool psql) || {
    pg_log "psql not found (install postgresql-client)"
    return 1
  }
  PGCONNECT_TIMEOUT=10 "$psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" "$@"
}

# Creates role NAME (LOGIN, password NAME) and database NAME owned by it, idempotently; only that role
# (and superusers) may connect to the database.
pg_ensure_service_db() {
  local name=$1
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || {
    pg_log "invalid database name: $name"
    return 1
  }
  pg_psql -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$name') THEN
    CREATE ROLE $name LOGIN PASSWORD '$name';
  ELSE
    ALTER ROLE $name LOGIN PASSWORD '$name';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $name OWNER $name' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$name')
\gexec
ALTER DATABASE $name OWNER TO $name;
REVOKE CONNECT, TEMPORARY ON DATABASE $name FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $name TO $name;
SQL
}

# Drops database NAME and role NAME made by pg_ensure_service_db (a throw-away database), even while connected.
pg_drop_service_db() {
  local name=$1
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || {
    pg_log "invalid database name: $name"
    return 1
  }
  pg_psql -d postgres <<SQL
DROP DATABASE IF EXISTS $name WITH (FORCE);
DROP ROLE IF EXISTS $name;
SQL
}
