#!/usr/bin/env bash
# Start a local PostgreSQL for newsgraph's tests and print its URL (DSN) on stdout.
#
#   eval "export NEWSGRAPH_TEST_PG=$(scripts/postgres.sh)"     # start (idempotent)
#   scripts/postgres.sh stop                                   # stop it
#
# Installs Debian's postgresql with apt-get when missing (we run as root), initializes a
# cluster in $NEWSGRAPH_PG_DIR (default /tmp/newsgraph-pg) owned by the postgres user,
# listening on 127.0.0.1:$NEWSGRAPH_PG_PORT (default 54329) only, trust auth on loopback.
set -euo pipefail

DIR="${NEWSGRAPH_PG_DIR:-/tmp/newsgraph-pg}"
PORT="${NEWSGRAPH_PG_PORT:-54329}"
DB="${NEWSGRAPH_PG_DB:-newsgraph}"
DSN="postgresql://postgres@127.0.0.1:${PORT}/${DB}"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
    log "installing postgresql with apt-get ..."
    # stdout is the server's URL: the installer's talk goes to stderr
    "$(dirname "$0")/apt.sh" postgresql >&2
    BIN=$(find_bin)
fi

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
    if [ -f "$DIR/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2; fi
    exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
    log "initializing a cluster in $DIR"
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
    chmod 700 "$DIR"
    as_pg "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    log "starting on 127.0.0.1:$PORT"
    as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi
echo "$DSN"
