# Shared helpers of the benchmarks: start the backend jar in the demo profile on a free port with a
# throw-away data directory, and stop it again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"

start_backend() {
  [ -f "$JAR" ] || { echo "Build the backend first: make backend-jar" >&2; exit 1; }
  BENCH_DATA="$(mktemp -d)"
  BENCH_PORT="${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
  BENCH_MGMT_PORT="${BENCH_MGMT_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
  BASE="http://localhost:$BENCH_PORT"
  QUARKUS_HTTP_PORT="$BENCH_PORT" QUARKUS_MANAGEMENT_PORT="$BENCH_MGMT_PORT" MONEV_DATA_DIR="$BENCH_DATA" MONEV_DASHBOARD_DIR="$BENCH_DATA/none" \
    java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=demo -jar "$JAR" > "$BENCH_DATA/backend.log" 2>&1 &
  BENCH_PID=$!
  trap stop_backend EXIT
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://localhost:$BENCH_MGMT_PORT/q/health/ready" && return 0
    sleep 1
  done
  echo "The backend did not start; see $BENCH_DATA/backend.log" >&2
  exit 1
}

stop_backend() {
  if [ -n "${BENCH_PID:-}" ]; then
    kill "$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  [ -n "${BENCH_DATA:-}" ] && rm -rf "$BENCH_DATA"
}

# wrk for the load benchmarks, installed from the Debian packages when missing.
require_wrk() {
  if ! command -v wrk > /dev/null; then
    echo "Installing wrk (Debian package)..."
    apt-get install -y wrk > /dev/null 2>&1 || sudo apt-get install -y wrk > /dev/null
  fi
}

# Fails early when psql is missing; what it is needed for goes into the message.
require_psql() {
  command -v psql >/dev/null || { echo "psql is needed $1 (Debian: apt-get install postgresql-client)" >&2; exit 1; }
}

# psql on the started backend's embedded database: sets PG_PORT, PGPASSWORD and the PSQL command.
# The embedded server takes only the application's account, with the password kept in the data directory.
connect_psql() {
  PG_PORT=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" "$BENCH_DATA/backend.log" | grep -oE "[0-9]+$")
  export PGPASSWORD="$(cat "$BENCH_DATA/postgres.password")"
  PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d monev)
}

token_for() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
