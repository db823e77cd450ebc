#!/usr/bin/env bash
# The whole test suite from a fresh clone. Installs what the tests need: the Python environment and the dashboard's
# npm assets always; as root, also PostgreSQL and Chromium from Debian, with a throwaway PostgreSQL server on
# loopback for the store tests. Without root those tests skip with their reason.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  need=""
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
  [ -x /usr/bin/chromium ] || need="$need chromium"
  if [ -n "$need" ]; then
    echo "test: installing$need from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $need >/dev/null
  fi
fi

pg_dir=""
if [ -z "${WARTA_TEST_POSTGRES:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_log=$(mktemp)
  if WARTA_TEST_POSTGRES=$(bash .ci/postgres.sh 2>"$pg_log"); then
    export WARTA_TEST_POSTGRES
    pg_dir=$(sed -n 's/.*cluster in \([^ ]*\) .*/\1/p' "$pg_log")
    trap 'bash .ci/postgres.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
  else
    cat "$pg_log" >&2
  fi
fi

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
exit $status
