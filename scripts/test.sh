#!/usr/bin/env bash
# The whole test suite from a fresh clone. Installs what the tests need; where it cannot (no root for Debian
# packages), the tests that need it skip with their reason.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ -f .ci/services.sh ]; then
  # PostgreSQL and Chromium for the store and browser tests (Debian packages; needs root).
  source .ci/services.sh
fi
.venv/bin/python -m pytest "$@"
