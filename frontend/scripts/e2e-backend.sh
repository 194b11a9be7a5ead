#!/usr/bin/env bash
# Starts the real backend (demo profile, embedded PostgreSQL) for the browser tests,
# serving the freshly built dashboard, with a data directory that is thrown away
# when the server stops.
set -euo pipefail

FRONTEND_DIR="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$FRONTEND_DIR/../backend/target/quarkus-app/quarkus-run.jar"
DASHBOARD_DIR="$FRONTEND_DIR/dist"
PORT="${E2E_PORT:-18080}"
# Health and metrics answer on the management port (readiness is what Playwright waits for).
MGMT_PORT="${E2E_MGMT_PORT:-$((PORT + 1000))}"

if [ ! -f "$JAR" ]; then
  echo "Backend not built: $JAR is missing. Run 'mvn package -DskipTests' in backend/ first." >&2
  exit 1
fi
if [ ! -f "$DASHBOARD_DIR/index.html" ]; then
  echo "Dashboard not built: run 'npm run build' in frontend/ first." >&2
  exit 1
fi

DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/monev-e2e-XXXXXX")"
JAVA_PID=""

stop_backend() {
  if [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2>/dev/null; then
    kill -TERM "$JAVA_PID" 2>/dev/null || true
  fi
}
trap stop_backend TERM INT
trap 'stop_backend; wait "$JAVA_PID" 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

QUARKUS_PROFILE=demo \
QUARKUS_HTTP_PORT="$PORT" \
QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
MONEV_DATA_DIR="$DATA_DIR" \
MONEV_DASHBOARD_DIR="$DASHBOARD_DIR" \
  java -jar "$JAR" &
JAVA_PID=$!

# The first wait returns early when a signal arrives; the second waits for the
# backend to finish its clean shutdown (it stops PostgreSQL on the way out).
wait "$JAVA_PID" || true
wait "$JAVA_PID" 2>/dev/null || true
