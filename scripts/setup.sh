#!/usr/bin/env bash
# Build warta's environment from a fresh clone: a virtualenv in .venv with warta and the extras named in $1
# (e.g. "test"). Safe to run again: pip only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[$extras]"
else
  .venv/bin/python -m pip install -q -e .
fi
# Dashboard assets come from npm packages (declared in package.json), never from a CDN or a copied file.
if [ -f package.json ] && command -v npm >/dev/null 2>&1; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  .venv/bin/python -m warta.serve.vendor
else
  echo "setup: npm not found; the dashboard will run without its map and chart assets" >&2
fi
