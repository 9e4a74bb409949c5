#!/usr/bin/env bash
# `npm test`: every test tier, in order, stopping at the first failure.
#   typecheck → unit + integration → build (Chrome, Chrome demo, Firefox)
#   → web-ext lint (Firefox) → end-to-end in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n▶ %s\n' "$*"; }

step "Chromium present"
bash scripts/ensure-chromium.sh

step "Typecheck"
npx wxt prepare >/dev/null
npx tsc --noEmit

step "Unit and integration tests"
npx vitest run --project unit --project unit-dom --project integration

step "Build: Chrome/Edge (store), Chrome demo, Firefox"
npx wxt build >/dev/null
npx wxt build --mode demo >/dev/null
npx wxt build -b firefox >/dev/null

step "web-ext lint (Firefox build)"
node scripts/lint-firefox.mjs

step "End-to-end tests in real Chromium"
npx vitest run --project e2e
