# PostgreSQL for the accounts database of the cluster, sourced by cluster.sh (not run alone).
# A private server: its own data directory (PG_DATA_DIR), TCP on 127.0.0.1:PG_PORT only, no
# Unix socket, trust authentication for loopback. It is a development topology: a real
# deployment points DATABASE_URL at a managed or hardened server instead.

# Debian's server binaries live outside PATH, one directory per major version.
pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/postgres" ] && printf '%s\n' "$dir"
}

# Installs Debian's postgresql package (and nginx) when missing; only root can.
ensure_cluster_packages() {
  local missing=()
  [ -n "$(pg_bindir)" ] || missing+=(postgresql)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: ${missing[*]} not installed; run: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  log "Installing ${missing[*]} (apt-get)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian starts its own default cluster and nginx on install; this topology runs its own.
  service nginx stop >/dev/null 2>&1 || true
}

# PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user.
as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Creates the data directory on first use, starts the server and creates PG_DATABASE.
start_postgres() {
  local bin; bin=$(pg_bindir)
  mkdir -p "$PG_DATA_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DATA_DIR" && chmod 700 "$PG_DATA_DIR"
    if ! runuser -u postgres -- test -w "$PG_DATA_DIR"; then
      echo "error: the postgres user cannot reach $PG_DATA_DIR; make its parent directories traversable (chmod o+x) or set CLUSTER_DIR elsewhere" >&2
      return 1
    fi
  fi
  if [ ! -f "$PG_DATA_DIR/PG_VERSION" ]; then
    log "Creating the PostgreSQL data directory $PG_DATA_DIR"
    as_pg_user "$bin/initdb" -D "$PG_DATA_DIR" -U postgres -A trust --no-instructions >/dev/null
  fi
  log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg_user "$bin/pg_ctl" -D "$PG_DATA_DIR" -l "$PG_DATA_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=100" start >/dev/null
  if ! as_pg_user "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atqc "select 1 from pg_database where datname = '$PG_DATABASE'" | grep -q 1; then
    as_pg_user "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DATABASE"
  fi
}

# Fast shutdown: open transactions roll back, committed ones are on disk.
stop_postgres() {
  local bin; bin=$(pg_bindir)
  [ -f "$PG_DATA_DIR/postmaster.pid" ] || return 0
  as_pg_user "$bin/pg_ctl" -D "$PG_DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
}
