#!/usr/bin/env bash
# `npm run up`: everything a fresh clone needs to serve the site on http://localhost:${PORT:-3000}
# with the embedded defaults: dependencies, the content database, a production build, the
# local Stripe emulator (unless real Stripe keys are set) and the app.
# Local mode (LOCAL_MODE=1: offline secrets, /dev/outbox) is for this machine only, so the app and
# the emulator listen on 127.0.0.1 (http://localhost:3000 reaches it); lib/validations/env.ts explains the switch.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

source scripts/prepare.sh

export LOCAL_MODE=1

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

if [ -z "${STRIPE_SECRET_KEY:-}" ] || [ "${STRIPE_SECRET_KEY}" = "sk_test_emulator" ]; then
  log "Starting the local Stripe emulator on http://127.0.0.1:${STRIPE_EMULATOR_PORT:-12111}"
  npm run --silent emulator &
  pids+=($!)
fi

log "Starting the app on http://localhost:${PORT:-3000}"
npx next start -H 127.0.0.1 -p "${PORT:-3000}" &
pids+=($!)
wait -n "${pids[@]}"
