#!/usr/bin/env bash
# `npm test`: the whole suite — types, lint, unit tests, production build, browser journeys,
# the multi-instance journeys (npm run test:scale) —
# ending with one summary line. Every step runs (browser tests need the build) so one
# failure does not hide another.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/scale-vitest.json test-results/scale-playwright.json

declare -a names=() results=()
failed=0
step() {
  local name=$1; shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local started=$SECONDS
  if "$@"; then results+=("$name ok ($((SECONDS - started))s)"); else results+=("$name FAILED"); failed=1; fi
  names+=("$name")
}

step "typecheck" npx tsc --noEmit
step "typecheck (emulator alone)" npx tsc -p scripts/stripe-emulator
step "lint" npx eslint . --max-warnings=0
# The content database first: a few unit tests (billing refuses codes that are not occupations) read it.
step "content database" npm run --silent db:build -- --if-stale
step "unit" npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
if step "build" npx next build; then
  step "e2e" env PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json
  # The multi-instance suite: PostgreSQL, two instances of this build, nginx (scripts/deploy/).
  step "scale" bash scripts/deploy/test-scale.sh
else
  results+=("e2e SKIPPED (build failed)" "scale SKIPPED (build failed)"); failed=1
fi

counts=$(node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const v = read("test-results/vitest.json");
const p = read("test-results/playwright.json");
const parts = [];
if (v) parts.push(`unit ${v.numPassedTests}/${v.numTotalTests} passed`);
if (p && p.stats) parts.push(`e2e ${p.stats.expected}/${p.stats.expected + p.stats.unexpected + p.stats.flaky} passed${p.stats.flaky ? ` (${p.stats.flaky} flaky)` : ""}${p.stats.skipped ? `, ${p.stats.skipped} skipped` : ""}`);
const sv = read("test-results/scale-vitest.json");
const sp = read("test-results/scale-playwright.json");
if (sv || sp) {
  const passed = (sv ? sv.numPassedTests : 0) + (sp && sp.stats ? sp.stats.expected : 0);
  const total = (sv ? sv.numTotalTests : 0) + (sp && sp.stats ? sp.stats.expected + sp.stats.unexpected + sp.stats.flaky : 0);
  parts.push(`scale ${passed}/${total} passed`);
}
process.stdout.write(parts.join(", "));
')
printf '\n'
printf '  %s\n' "${results[@]}"
if [ "$failed" -eq 0 ]; then
  echo "TEST SUMMARY: PASS — ${counts}"
else
  echo "TEST SUMMARY: FAIL — ${counts}"
fi
exit "$failed"
