#!/usr/bin/env bash
# Installs what the dashboard's browser test needs, from registries only, and is safe to rerun:
#   - Chromium from Debian (Playwright drives it; `playwright install` is never used: it downloads its own build);
#   - Playwright from PyPI if it is missing;
#   - the dashboard's npm assets (package.json / package-lock.json at the repo root) copied into
#     src/warta/serve/static/vendor/ (gitignored).
# Then `WARTA_REQUIRE_BROWSER=1 python -m pytest -m browser` runs tests/test_browser.py without skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null

python -c "import playwright" 2>/dev/null || python -m pip install -q "playwright>=1.45"

if ! command -v npm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error
PYTHONPATH=src python -m warta.serve.vendor
echo "browser test prerequisites ready" >&2
