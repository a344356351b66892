#!/usr/bin/env bash
# `npm run up:cluster`: the multi-instance topology on one machine. PostgreSQL holds the
# accounts (users, sessions, rate limits, billing, webhook event ids), two `next start`
# instances serve the app from the same build and content database, nginx balances them on
# http://localhost:3000 with a micro-cache for anonymous profiles. Ctrl-C stops everything.
#
# Settings (environment):
#   CLUSTER_PORT     nginx's port (3000)            INSTANCE_PORTS  the instances' ports ("3001 3002")
#   PG_PORT          PostgreSQL's port (5433)       PG_DATABASE     database name (aip)
#   CLUSTER_DIR      state: PostgreSQL data, nginx cache, logs, pid files (.data/cluster)
#   DATABASE_URL     an existing PostgreSQL to use instead of starting one
#   STRIPE_*         real Stripe keys; without them the local emulator starts
# The instances run in local mode (offline secrets, loopback only), like `npm run up`.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

CLUSTER_PORT=${CLUSTER_PORT:-3000}
INSTANCE_PORTS=${INSTANCE_PORTS:-"3001 3002"}
PG_PORT=${PG_PORT:-5433}
PG_DATABASE=${PG_DATABASE:-aip}
mkdir -p "${CLUSTER_DIR:-.data/cluster}"
CLUSTER_DIR=$(cd "${CLUSTER_DIR:-.data/cluster}" && pwd)
PG_DATA_DIR=$CLUSTER_DIR/postgres
RUN_DIR=$CLUSTER_DIR/run
NGINX_DIR=$CLUSTER_DIR/nginx
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR" "$NGINX_DIR/tmp"

# shellcheck source=scripts/deploy/postgres.sh
source scripts/deploy/postgres.sh

[ "${CLUSTER_SKIP_PREPARE:-0}" = 1 ] || source scripts/prepare.sh
command -v curl >/dev/null 2>&1 || { echo "error: curl is needed to wait for the servers (apt-get install -y curl)" >&2; exit 1; }

pids=()
started_postgres=0
cleanup() {
  trap - EXIT INT TERM
  log "Stopping the cluster"
  rm -f "$RUN_DIR/ready"
  # Supervisors first, so nothing restarts, then what they started.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for file in "$RUN_DIR"/*.pid; do [ -f "$file" ] && kill "$(cat "$file")" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$started_postgres" = 1 ] && stop_postgres
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_cluster_packages

if [ -z "${DATABASE_URL:-}" ]; then
  start_postgres
  started_postgres=1
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/$PG_DATABASE"
fi
log "Accounts database: ${DATABASE_URL%%@*}@… (migrating)"
npm run --silent db:migrate

export LOCAL_MODE=1
export APP_URL="http://localhost:$CLUSTER_PORT"
# nginx appends the client's address to X-Forwarded-For; the app trusts exactly that one hop.
export TRUSTED_PROXY_HOPS=1

if [ -z "${STRIPE_SECRET_KEY:-}" ] || [ "${STRIPE_SECRET_KEY}" = "sk_test_emulator" ]; then
  log "Starting the local Stripe emulator on http://127.0.0.1:${STRIPE_EMULATOR_PORT:-12111} (webhooks to $APP_URL)"
  STRIPE_EMULATOR_STATE=${STRIPE_EMULATOR_STATE:-$CLUSTER_DIR/stripe-emulator.json} ./node_modules/.bin/tsx scripts/stripe-emulator/index.ts > "$RUN_DIR/emulator.log" 2>&1 &
  echo $! > "$RUN_DIR/emulator.pid"
fi

# One supervisor per instance: a crashed instance is restarted after a second, its pid file
# (RUN_DIR/instance-PORT.pid) names the current process. nginx routes around it meanwhile.
supervise_instance() {
  local port=$1
  while true; do
    ./node_modules/.bin/next start -H 127.0.0.1 -p "$port" >> "$RUN_DIR/instance-$port.log" 2>&1 &
    echo $! > "$RUN_DIR/instance-$port.pid"
    local code=0
    wait $! || code=$?
    echo "$(date -u +%FT%TZ) instance :$port exited with $code; restarting" >> "$RUN_DIR/instance-$port.log"
    sleep 1
  done
}
for port in $INSTANCE_PORTS; do
  log "Starting an app instance on 127.0.0.1:$port"
  supervise_instance "$port" &
  pids+=($!)
done

upstreams=""
for port in $INSTANCE_PORTS; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=2s;\n"; done
sed -e "s|@NGINX_DIR@|$NGINX_DIR|g" -e "s|@CLUSTER_PORT@|$CLUSTER_PORT|g" -e "s|@UPSTREAM_SERVERS@|${upstreams%\\n}|" \
  scripts/deploy/nginx.conf > "$NGINX_DIR/nginx.conf"
# As root nginx's workers run as nobody: they write the cache and temp files.
[ "$(id -u)" -eq 0 ] && chown -R nobody "$NGINX_DIR/tmp" && mkdir -p "$NGINX_DIR/cache" && chown nobody "$NGINX_DIR/cache"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
"$NGINX" -t -q -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log"

for port in $INSTANCE_PORTS; do
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/sign-in" 2>/dev/null && break
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/sign-in" || { echo "error: instance :$port did not start; see $RUN_DIR/instance-$port.log" >&2; exit 1; }
done

log "Starting nginx on http://localhost:$CLUSTER_PORT"
"$NGINX" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" -g "daemon off;" &
nginx_pid=$!
echo $nginx_pid > "$RUN_DIR/nginx.pid"
for _ in $(seq 1 40); do curl -fsS -o /dev/null "$APP_URL/sign-in" 2>/dev/null && break; sleep 0.25; done

touch "$RUN_DIR/ready"
log "Cluster up on $APP_URL (instances: $INSTANCE_PORTS; logs in $RUN_DIR). Ctrl-C stops it."
# nginx is the front door: when it stops, so does the cluster.
wait $nginx_pid
