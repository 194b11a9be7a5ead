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

token_for() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
