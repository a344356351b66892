#!/usr/bin/env bash
# `npm run test:scale`: the multi-instance suite. Starts the cluster of scripts/deploy/cluster.sh
# on its own ports with fresh state under .data/scale/ (PostgreSQL, two instances, nginx, the
# Stripe emulator), runs the PostgreSQL tests (vitest, tests/scale/*.test.ts) and the journeys
# against the cluster (Playwright, tests/scale/*.spec.ts), stops everything and ends with one
# summary line. Installs postgresql and nginx when missing (as root); reuses the production
# build when it is current (scripts/prepare.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

export CLUSTER_PORT=${SCALE_CLUSTER_PORT:-3300}
export INSTANCE_PORTS="$((CLUSTER_PORT + 1)) $((CLUSTER_PORT + 2))"
export PG_PORT=${SCALE_PG_PORT:-5544}
export PG_DATABASE=aip_scale
export STRIPE_EMULATOR_PORT=${SCALE_EMULATOR_PORT:-12399}
export CLUSTER_DIR=$PWD/.data/scale
read -r instance_a instance_b <<< "$INSTANCE_PORTS"
# Every emulator webhook goes to instance A, so "granted on A, seen on B" is what the journeys check.
export STRIPE_EMULATOR_WEBHOOK_URL="http://127.0.0.1:$instance_a/api/stripe/webhook"
export STRIPE_API_URL="http://127.0.0.1:$STRIPE_EMULATOR_PORT"
export STRIPE_SECRET_KEY=sk_test_emulator STRIPE_WEBHOOK_SECRET=whsec_emulator_local_only STRIPE_PRO_PRICE_ID="" STRIPE_REPORT_PRICE_ID="" SMTP_URL=""
# All journeys sign in from 127.0.0.1; the per-IP limits are unit-tested, the per-email one here.
export SIGN_IN_LIMIT_PER_IP=1000 LINK_VERIFY_LIMIT_PER_MINUTE=1000
unset DATABASE_URL

# A run that was killed may have left its PostgreSQL running on the old data directory.
PG_DATA_DIR=$CLUSTER_DIR/postgres
# shellcheck source=scripts/deploy/postgres.sh
source scripts/deploy/postgres.sh
[ -n "$(pg_bindir)" ] && stop_postgres
rm -rf "$CLUSTER_DIR" && mkdir -p "$CLUSTER_DIR"

log "Starting the scale cluster on http://localhost:$CLUSTER_PORT (log: $CLUSTER_DIR/cluster.log)"
bash scripts/deploy/cluster.sh > "$CLUSTER_DIR/cluster.log" 2>&1 &
cluster_pid=$!
stop_cluster() {
  kill -TERM "$cluster_pid" 2>/dev/null && wait "$cluster_pid" 2>/dev/null
  return 0
}
trap stop_cluster EXIT

started=$SECONDS
until [ -f "$CLUSTER_DIR/run/ready" ]; do
  if ! kill -0 "$cluster_pid" 2>/dev/null || [ $((SECONDS - started)) -gt 900 ]; then
    echo "error: the cluster did not come up; last lines of $CLUSTER_DIR/cluster.log:" >&2
    tail -n 40 "$CLUSTER_DIR/cluster.log" >&2
    echo "SCALE TEST SUMMARY: FAIL — cluster did not start"
    exit 1
  fi
  sleep 1
done
log "Cluster up in $((SECONDS - started)) s"

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/$PG_DATABASE"
export CLUSTER_URL="http://localhost:$CLUSTER_PORT" CLUSTER_RUN_DIR="$CLUSTER_DIR/run" PG_DATA_DIR
export INSTANCE_A_URL="http://127.0.0.1:$instance_a" INSTANCE_B_URL="http://127.0.0.1:$instance_b"
# The e2e helpers (sign-in via /dev/outbox, the emulator's checkout page) read these.
export E2E_APP_PORT=$CLUSTER_PORT E2E_EMULATOR_PORT=$STRIPE_EMULATOR_PORT
mkdir -p test-results
rm -f test-results/scale-vitest.json test-results/scale-playwright.json

results=()
failed=0
log "PostgreSQL tests (vitest)"
if npx vitest run --config vitest.scale.config.ts --reporter=default --reporter=json --outputFile=test-results/scale-vitest.json; then results+=("postgres ok"); else results+=("postgres FAILED"); failed=1; fi
log "Journeys against the cluster (Playwright)"
if PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/scale-playwright.json npx playwright test --config playwright.scale.config.ts --reporter=list,json; then results+=("journeys ok"); else results+=("journeys FAILED"); failed=1; fi

stop_cluster
trap - EXIT
# A failed run keeps its logs and data directory for a look; a passing one leaves nothing behind.
[ "$failed" -eq 0 ] && rm -rf "$CLUSTER_DIR"
printf '  %s\n' "${results[@]}"
if [ "$failed" -eq 0 ]; then echo "SCALE TEST SUMMARY: PASS — ${results[*]}"; else echo "SCALE TEST SUMMARY: FAIL — ${results[*]}"; fi
exit "$failed"
