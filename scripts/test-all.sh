#!/usr/bin/env bash
# Installs what the tests need on a fresh machine and runs every test:
# unit tests (Vitest, real SQLite files) and end-to-end tests (Playwright, Debian's Chromium,
# against a production build with the seed fixture corpus ingested).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "== installing Debian's chromium for Playwright"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== npm install"
npm install --no-audit --no-fund --loglevel=error

echo "== type check"
npx tsc --noEmit

echo "== unit tests"
npx vitest run

echo "== production build with the seed fixture corpus"
export DATABASE_PATH="$PWD/.data/e2e.sqlite"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npm run -s cli -- ingest data/fixtures/seed-corpus
npx next build

echo "== end-to-end tests"
CI=1 npx playwright test
