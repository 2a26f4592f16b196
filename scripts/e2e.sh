#!/usr/bin/env bash
# Runs the end-to-end suite in Debian's Chromium. Playwright starts the
# backend and the frontend itself (playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is not installed: apt-get install -y chromium (the suite never downloads a browser)" >&2
  exit 1
fi
for port in 3000 7007; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is in use; stop the running app (make start) before the end-to-end suite" >&2
    exit 1
  fi
done
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
yarn playwright test "$@"
