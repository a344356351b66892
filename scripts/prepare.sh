#!/usr/bin/env bash
# What every way of serving the site needs first (sourced by scripts/up.sh and
# scripts/deploy/cluster.sh): dependencies, the content database, a production build.
# Each step is skipped when its output is newer than its inputs.

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

log "Content database"
npm run --silent db:build -- --if-stale

# Profile pages are prerendered from the content database, so a rebuilt database needs a new build too.
content_db="${CONTENT_DB_PATH:-${DATA_DIR:-.data}/content.db}"
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib db public next.config.ts proxy.ts package-lock.json "$content_db" -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  log "Building the app (next build)"
  npm run --silent build
fi
