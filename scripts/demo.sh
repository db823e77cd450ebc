#!/usr/bin/env bash
# warta's main job on the embedded default: the bundled demo corpus -> ./warta.db (SQLite) -> the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/warta demo "$@"
