#!/usr/bin/env bash
# Crash test of the built jar (make test-crash): a background import is cut off by kill -9 of the
# application; the next start must stop the PostgreSQL server the killed process left running,
# come up, and show that the import wrote nothing, that its job is failed ("interrupted") with its
# spooled file removed, and that a write acknowledged before the kill is still there.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "Build the backend first: make backend-jar" >&2; exit 1; }
INDICATORS="${CRASH_INDICATORS:-100}"   # x 4,508 monthly rows each

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
DATA="$(mktemp -d "${TMPDIR:-/tmp}/monev-crash-XXXXXX")"
PORT="${CRASH_PORT:-$(free_port)}"
MGMT_PORT="${CRASH_MGMT_PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"
LOG="$DATA/backend.log"
APP_PID=""

fail() { echo "CRASH TEST FAILED: $*" >&2; echo "--- last lines of $LOG" >&2; tail -40 "$LOG" >&2 || true; exit 1; }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  # A server of this throw-away cluster still running (the test failed between kill and restart).
  local pidfile="$DATA/postgres/postmaster.pid"
  if [ -f "$pidfile" ]; then
    local pg; pg="$(head -1 "$pidfile")"
    if [ "$(readlink "/proc/$pg/cwd" 2>/dev/null)" = "$DATA/postgres" ]; then kill -INT "$pg" 2>/dev/null || true; sleep 2; fi
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

start_app() {
  QUARKUS_PROFILE=demo QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
  MONEV_DATA_DIR="$DATA" MONEV_DASHBOARD_DIR="$DATA/no-dashboard" \
    java -Xmx512m -jar "$JAR" >> "$LOG" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + ${CRASH_START_TIMEOUT:-900}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    curl -sf -o /dev/null "http://127.0.0.1:$MGMT_PORT/q/health/ready" && return 0
    kill -0 "$APP_PID" 2>/dev/null || fail "the application exited during start"
    sleep 0.5
  done
  fail "the application did not become ready"
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "Crash test: data in $DATA, HTTP $PORT, management $MGMT_PORT"
start_app
TOKEN="$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"demo"}' | json 'd["accessToken"]')"
AUTH=(-H "Authorization: Bearer $TOKEN")

# 1. A write acknowledged before the crash.
PROGRAM="CRASH.$RANDOM"
curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/programs" \
  -d "{\"code\":\"$PROGRAM\",\"name\":\"Program uji crash\",\"field\":\"SME\",\"authority\":\"SHARED\",\"startYear\":2000}" \
  || fail "creating the program was not acknowledged"

# 2. Monthly indicators, then a large realization file for them.
python3 - "$PROGRAM" "$INDICATORS" "$DATA" <<'PY'
import sys
program, indicators, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
regions = ["61.01","61.02","61.03","61.04","61.05","61.06","61.07","61.08","61.09","61.10","61.11","61.12","61.71","61.72"]
months = [(y, m) for y in range(2000, 2027) for m in range(1, 13) if (y, m) <= (2026, 10)]
with open(f"{work}/indicators.csv", "w") as out:
    out.write("code,program,name,unit,measure,polarity,periodType,timeAggregation,regionAggregation,baselineYear,baselineValue,rangeLow,rangeHigh,dataSource,ministryCode\n")
    for i in range(1, indicators + 1):
        out.write(f"{program}.{i:03d},{program},Indikator uji {i},unit,NUMBER,HIGHER_IS_BETTER,MONTHLY,SUM,SUM,,,,,,\n")
with open(f"{work}/realizations.csv", "w") as out:
    out.write("indicator,region,period,value,note\n")
    for i in range(1, indicators + 1):
        for region in regions:
            for y, m in months:
                out.write(f"{program}.{i:03d},{region},{y}-{m:02d},{(i * 7919 + m) % 100000}.5,\n")
PY
curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$DATA/indicators.csv" \
  "$BASE/api/v1/imports/indicators" || fail "loading the indicators failed"

# 3. The large load as a background job; kill -9 the application once it is under way.
LOAD_STARTED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
LOCATION="$(curl -sf -D - -o /dev/null "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$DATA/realizations.csv" \
  "$BASE/api/v1/imports/realizations?async=true" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
[ -n "$LOCATION" ] || fail "the load was not accepted as a job"
JOB_ID="${LOCATION##*/}"
for _ in $(seq 1 600); do
  STATE="$(curl -sf "${AUTH[@]}" "$LOCATION" | json 'd["status"] + " " + str(d["progress"])')"
  case "$STATE" in
    "RUNNING "[1-9]*) break ;;
    SUCCEEDED*|FAILED*|REJECTED*) fail "the load ended ($STATE) before it could be interrupted: raise CRASH_INDICATORS" ;;
  esac
  sleep 0.1
done
SPOOLED="$(find "$DATA/imports" -name "$JOB_ID.upload")"
[ -n "$SPOOLED" ] || fail "no spooled file for job $JOB_ID"
echo "Killing the application (kill -9) with the load at: $STATE%"
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# 4. The killed application's PostgreSQL is still running on the cluster.
ORPHAN="$(head -1 "$DATA/postgres/postmaster.pid")"
kill -0 "$ORPHAN" 2>/dev/null || fail "expected the killed application's PostgreSQL to be left running"
[ "$(readlink "/proc/$ORPHAN/cwd")" = "$DATA/postgres" ] || fail "process $ORPHAN is not the cluster's server"

# 5. A new start stops it and comes up.
start_app
kill -0 "$ORPHAN" 2>/dev/null && fail "the orphaned PostgreSQL (process $ORPHAN) is still running"
grep -q "Stopping the embedded PostgreSQL (process $ORPHAN)" "$LOG" || fail "the start did not report stopping the orphan"

TOKEN="$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"demo"}' | json 'd["accessToken"]')"
AUTH=(-H "Authorization: Bearer $TOKEN")
JOB="$(curl -sf "${AUTH[@]}" "$LOCATION")"
[ "$(echo "$JOB" | json 'd["status"]')" = FAILED ] || fail "job not failed: $JOB"
echo "$JOB" | json 'd["error"]' | grep -q '^interrupted' || fail "job not marked interrupted: $JOB"
[ ! -e "$SPOOLED" ] || fail "the spooled file $SPOOLED is still there"

# All or nothing: not one realization written since the load started.
WRITTEN="$(curl -sf "${AUTH[@]}" "$BASE/api/v1/realizations?updatedSince=$LOAD_STARTED&size=1" | json 'd["total"]')"
[ "$WRITTEN" -eq 0 ] || fail "the interrupted load left $WRITTEN realizations"
curl -sf -o /dev/null "${AUTH[@]}" "$BASE/api/v1/programs/$PROGRAM" || fail "the acknowledged program $PROGRAM is missing"

# Secrets never reach the log: the database password, the token signing key.
grep -qF "$(cat "$DATA/postgres.password")" "$LOG" && fail "the database password appears in the log"
grep -qF "$(sed -n 2p "$DATA/keys/jwt-private.pem")" "$LOG" && fail "the signing key appears in the log"

echo "Crash test passed: orphan $ORPHAN stopped, job $JOB_ID interrupted, nothing of it written, acknowledged write kept."
