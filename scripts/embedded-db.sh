#!/usr/bin/env bash
# psql or pg_dump on the embedded PostgreSQL of a running `make run` (make psql, make pg-dump).
# The server accepts only the application's account with the password kept in the data directory
# (postgres.password, mode 0600): reading that file is what makes you its administrator.
#   scripts/embedded-db.sh psql [psql options]
#   scripts/embedded-db.sh pg_dump [pg_dump options]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOL="${1:?usage: $0 psql|pg_dump [options]}"; shift
DATA_DIR="${MONEV_DATA_DIR:-$ROOT/data}"
CLUSTER="$DATA_DIR/postgres"
SECRET="$DATA_DIR/postgres.password"

if [ ! -f "$CLUSTER/postmaster.pid" ]; then
  echo "The embedded PostgreSQL in $CLUSTER is not running: start the application first (make run)." >&2
  exit 1
fi
[ -r "$SECRET" ] || { echo "Cannot read $SECRET: run this as the user that runs the application." >&2; exit 1; }
PORT="$(sed -n 4p "$CLUSTER/postmaster.pid")"
SERVER_MAJOR="$(cut -d. -f1 "$CLUSTER/PG_VERSION")"

# The newest client installed: Debian's postgresql-client (on PATH or under /usr/lib/postgresql).
BIN=""
for candidate in $(command -v "$TOOL" 2>/dev/null) $(ls -d /usr/lib/postgresql/*/bin/"$TOOL" 2>/dev/null | sort -V); do
  BIN="$candidate"
done
if [ -z "$BIN" ]; then
  echo "$TOOL is not installed. On Debian/Ubuntu: apt-get install postgresql-client" >&2
  exit 1
fi
CLIENT_MAJOR="$("$BIN" --version | grep -oE '[0-9]+' | head -1)"
if [ "$TOOL" = pg_dump ] && [ "$CLIENT_MAJOR" -lt "$SERVER_MAJOR" ]; then
  echo "pg_dump $CLIENT_MAJOR cannot dump a PostgreSQL $SERVER_MAJOR server: install postgresql-client-$SERVER_MAJOR" >&2
  echo "(PostgreSQL's own apt repository), or copy $CLUSTER with the application stopped." >&2
  exit 1
fi

# The password goes through a private password file, not the command line or the environment.
PASSFILE="$(mktemp)"
trap 'rm -f "$PASSFILE"' EXIT
chmod 600 "$PASSFILE"
printf '127.0.0.1:%s:*:postgres:%s\n' "$PORT" "$(cat "$SECRET")" > "$PASSFILE"
PGPASSFILE="$PASSFILE" "$BIN" -h 127.0.0.1 -p "$PORT" -U postgres -d monev "$@"
