#!/usr/bin/env bash
# Runs every check: typecheck, lint, unit and component tests, then end-to-end journeys in Chromium.
# Ends with one line "tests: N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Chromium is missing: installing Debian's chromium with apt (about 30 s)…"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null || { echo "apt-get install chromium failed"; exit 1; }
  else
    echo "Chromium is missing. Install it as root: apt-get update && apt-get install -y chromium"; exit 1
  fi
fi
if ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "pdftotext is missing: installing Debian's poppler-utils (the print test reads PDFs back)…"
    apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null || { echo "apt-get install poppler-utils failed"; exit 1; }
  else
    echo "pdftotext is missing. Install it as root: apt-get install -y poppler-utils"; exit 1
  fi
fi
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "PostgreSQL is missing: installing Debian's postgresql (the server's tests run on it as well as on SQLite)…"
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || { echo "apt-get install postgresql failed"; exit 1; }
  else
    echo "PostgreSQL is missing. Install it as root: apt-get install -y postgresql"; exit 1
  fi
fi
if [ ! -d /usr/share/fonts/opentype/noto ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Korean fonts are missing: installing Debian's fonts-noto-cjk (the Korean pages' screenshots and PDFs)…"
    apt-get update -qq && apt-get install -y -qq fonts-noto-cjk >/dev/null || { echo "apt-get install fonts-noto-cjk failed"; exit 1; }
  else
    echo "Korean fonts are missing. Install them as root: apt-get install -y fonts-noto-cjk"; exit 1
  fi
fi
[ -d node_modules ] || npm ci

status=0
# Each step says how long it took: CI has a time budget, and this says where it goes.
step() {
  local name=$1 start=$SECONDS
  shift
  echo; echo "== $name"
  "$@" || { echo "!! failed: $*"; status=1; }
  echo "-- $name: $((SECONDS - start)) s"
}

# Steps that are mostly one thread run side by side, two cores' worth: each writes its own log, shown when all are done.
side_names=() side_logs=() side_pids=()
side_step() {
  local name=$1 log
  shift
  log=$(mktemp)
  ( start=$SECONDS; "$@" >"$log" 2>&1; echo "$? $((SECONDS - start))" >"$log.end" ) &
  side_names+=("$name") side_logs+=("$log") side_pids+=("$!")
}
side_steps_done() {
  local i rc took
  for i in "${!side_pids[@]}"; do
    wait "${side_pids[$i]}"
    echo; echo "== ${side_names[$i]}"
    cat "${side_logs[$i]}"
    read -r rc took <"${side_logs[$i]}.end" || { rc=1; took='?'; }
    [ "$rc" = 0 ] || { echo "!! failed: ${side_names[$i]}"; status=1; }
    echo "-- ${side_names[$i]}: $took s"
    rm -f "${side_logs[$i]}" "${side_logs[$i]}.end"
  done
}

mkdir -p node_modules/.tmp
side_start=$SECONDS
side_step "typecheck" npx tsc -b
side_step "lint (ESLint, Prettier, Redocly)" npm run --silent lint
# The e2e journeys' two apps are built here, where their servers serve them from (e2e/support/servers.ts), with the
# commands Playwright would run: the journeys below reuse them (E2E_NO_BUILD=1). The bundle budget checks the real-API one.
side_step "bundle budget (real-API build, bytes gzip)" env BUNDLE_BUILD_DIR="${E2E_API_OUT_DIR:-dist-e2e-api}" npm run --silent check:bundle
side_step "static demo build (for the journeys)" npx vite build --outDir "${E2E_OUT_DIR:-dist-e2e}" --emptyOutDir --logLevel error
side_steps_done
echo "-- typecheck, lint, bundle budget and demo build, side by side: $((SECONDS - side_start)) s"
# .ci/run leaves better-sqlite3 compiling beside the steps above; the tests load it.
native_build_done() {
  local dir=$CLAIMWATCH_NATIVE_BUILD
  local waited=0
  until [ -s "$dir/status" ]; do
    sleep 1
    waited=$((waited + 1))
    [ "$waited" -lt 900 ] || { echo "better-sqlite3's compile did not end within 15 minutes"; return 1; }
  done
  [ "$(cat "$dir/status")" = 0 ] || { tail -40 "$dir/log"; echo "npm rebuild better-sqlite3 failed"; return 1; }
}
if [ -n "${CLAIMWATCH_NATIVE_BUILD:-}" ]; then step "better-sqlite3's compile, begun by .ci/run (the wait)" native_build_done; fi
step "unit and component tests" npx vitest run --reporter=default --reporter=json --outputFile=node_modules/.tmp/vitest.json
# Playwright's JSON report gives the counts (removed first, so a run that never wrote one counts as a failure).
rm -f node_modules/.tmp/playwright.json
# Without traces: they cost 10-22% of the run. A failed journey is traced by running its spec again.
step "end-to-end (Playwright, Chromium)" env E2E_TRACE=off E2E_NO_BUILD=1 E2E_JSON_REPORT=node_modules/.tmp/playwright.json npm run --silent test:e2e

unit=$(node -e 'try{const r=require("./node_modules/.tmp/vitest.json");console.log(r.numPassedTests+" "+(r.numFailedTests))}catch{console.log("0 1")}')
# A flaky test (failed, then passed on a retry) counts as failed.
e2e=$(node -e 'try{const s=require("./node_modules/.tmp/playwright.json").stats;console.log(s.expected+" "+(s.unexpected+s.flaky))}catch{console.log("0 1")}')
read -r up uf <<<"$unit"; read -r ep ef <<<"$e2e"
echo
echo "unit: $up passed, $uf failed; e2e: $ep passed, $ef failed"
if [ "$status" -ne 0 ] && [ $((uf + ef)) -eq 0 ]; then uf=1; fi
if [ "$ef" -ne 0 ]; then
  echo "A failed journey's trace: npx playwright test e2e/<spec>.spec.ts --project=<desktop|phone> (it keeps one in test-results/)"
fi
echo "npm test took $SECONDS s"
echo "tests: $((up + ep)) passed, $((uf + ef)) failed"
exit $status
