#!/bin/sh
# Start a throwaway PostgreSQL cluster on loopback for the store tests and print its URL on stdout.
#   url=$(.ci/postgres.sh)              # starts; the cluster's directory is named on stderr
#   WARTA_TEST_POSTGRES=$url python -m pytest tests/test_store*.py
#   .ci/postgres.sh stop DIR            # stops it and removes DIR
# Runs the server as user `postgres` when started as root (PostgreSQL refuses to run as root).
set -eu

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] && PATH="$bindir:$PATH"

as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "PATH='$PATH'; $1"; else sh -c "$1"; fi
}

if [ "${1:-}" = stop ]; then
    dir=${2:?usage: postgres.sh stop DIR}
    as_owner "pg_ctl -D '$dir/data' -m fast -w stop" >&2 || true
    rm -rf "$dir"
    exit 0
fi

command -v initdb >/dev/null || { echo "postgres.sh: initdb not found (apt-get install -y postgresql)" >&2; exit 1; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/warta-pg.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_owner "initdb -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
as_owner "createdb -h 127.0.0.1 -p $port -U postgres warta_test"
echo "postgres.sh: cluster in $dir (stop: .ci/postgres.sh stop $dir)" >&2
echo "postgresql://postgres@127.0.0.1:$port/warta_test"
