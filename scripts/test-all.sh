#!/usr/bin/env bash
# Every test of the project, from a fresh clone: installs what is missing (Debian's Chromium,
# the npm packages), then type-checks, runs the unit and claim tests, builds the site and
# drives the production build in Chromium. `npm test` and `.ci/run` both run this.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
  step "Installing Debian's Chromium"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step 'Installing npm packages (npm ci)'
  npm ci --no-audit --no-fund
fi

step 'Type check'
npx tsc --noEmit -p .

step 'Security checks: no HTML sinks fed by state; dependency audit'
node scripts/check-html-sinks.mjs
node scripts/audit.mjs

step 'Articles compile (MDX + KaTeX)'
node scripts/check-mdx.mjs content/*.mdx

step 'Build assets the tests read too (digits files, tfjs wasm)'
node scripts/build-digits.mjs
node scripts/copy-tfjs-wasm.mjs

step 'Unit and claim tests (Vitest)'
npx vitest run

step 'Production build'
npm run build

step 'Gate: first-load JavaScript of every page at most 180 KB gzipped'
node --test tests/gates/first-load.test.mjs

step 'End-to-end tests (Chromium, playwright-core, axe)'
node tests/e2e/run.mjs
