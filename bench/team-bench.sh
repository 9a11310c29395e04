#!/bin/sh
# Issue 6, item 8: `masthead bench team` against a throw-away PostgreSQL cluster on loopback.
# Usage: bench/team-bench.sh [options of `masthead bench team`, e.g. --seconds 15 --submissions 20000]
# Needs Debian's postgresql package (initdb and pg_ctl under /usr/lib/postgresql/*/bin) and the jar
# (mvn -DskipTests package). The cluster keeps PostgreSQL's defaults (fsync and synchronous_commit on:
# an acknowledged save is on disk), listens on 127.0.0.1 only, and is stopped and deleted at the end.
# Its locale is C.UTF-8, not C: under a C locale pg_trgm finds no trigrams in Chinese or Arabic text,
# and the inbox's substring search then rechecks every such submission (see docs/team.md).
# Against a server of your own, run the command directly:
#   PGPASSWORD=... java -jar target/masthead.jar bench team --db postgresql://OWNER@HOST:PORT/DB
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$HERE/target/masthead.jar}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$BIN/initdb" ] || { echo "no initdb under /usr/lib/postgresql/*/bin: apt-get install postgresql" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: run mvn -DskipTests package first" >&2; exit 2; }
DIR=$(mktemp -d /tmp/masthead-team-bench-XXXXXX)
PW=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$PW" > "$DIR/pwfile"
AS=""
if [ "$(id -u)" = 0 ]; then
    chown -R postgres:postgres "$DIR"
    AS="runuser -u postgres --"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
    $AS "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop EXIT INT TERM
$AS "$BIN/initdb" -D "$DIR/data" -U bench --pwfile="$DIR/pwfile" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
$AS "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=80" start >/dev/null
PGPASSWORD=$PW "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U bench masthead_bench
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DIR)" >&2
PGPASSWORD=$PW java -jar "$JAR" bench team --db "postgresql://bench@127.0.0.1:$PORT/masthead_bench" "$@"
