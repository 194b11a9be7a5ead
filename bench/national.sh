#!/usr/bin/env bash
# The achievement matrix at national scale: loads the national data set through the bulk API
# (bench/national-data.sh: 38 provinces, 514 regencies and cities, 300 indicators, five years), then
# times, on one backend running with -Xmx512m:
#   - the national yearly matrix (level=PROVINCE, every indicator) and one province's matrix (parent=61)
#     through the API against the hand-written SQL of bench/sql/achievement-matrix.sql, and checks that
#     both give the same achievements;
#   - a single verified value: the time from its verification until the matrix shows it;
#   - the backend's peak heap over the whole run (loading included), sampled every 0.5 s.
# The bulk API loads values as drafts, as an operator's file would be, and the workflow calls move a value
# at a time; so that the matrix counts what a real year would hold, the loaded drafts of past years are
# then set to 70% verified, 20% submitted, 10% draft in SQL (deterministically per value).
# Needs psql (Debian: postgresql-client) and Node 20+. Usage: bench/national.sh
#   SCALE=1 (default) or less for a quick run; REPEAT=5 timed answers of each (after 2 warm-up answers)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
source "$(dirname "$0")/lib.sh"
REPEAT="${REPEAT:-5}"
YEAR=2025
require_psql "for the hand-written SQL"

start_backend
connect_psql
PEAK_FILE="$BENCH_DATA/heap"; echo 0 > "$PEAK_FILE"
( while kill -0 "$BENCH_PID" 2>/dev/null; do
    jstat -gc "$BENCH_PID" 2>/dev/null | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}' >> "$PEAK_FILE"; sleep 0.5
  done ) &

# The workflow calls are timed by national-data.sh; here a few suffice, the statuses are set below.
BASE_URL="$BASE" KEEP_BACKEND=0 SUBMIT_SHARE="${SUBMIT_SHARE:-0.002}" bash "$ROOT/bench/national-data.sh"

echo
echo "Setting the loaded drafts of past years to 70% verified, 20% submitted, 10% draft..."
"${PSQL[@]}" -c "UPDATE realization SET status = CASE WHEN abs(hashtext(indicator_code || region_code || period)) % 10 < 7
                   THEN 'VERIFIED' WHEN abs(hashtext(indicator_code || region_code || period)) % 10 < 9 THEN 'SUBMITTED'
                   ELSE 'DRAFT' END WHERE status = 'DRAFT' AND year <= $YEAR" -c "VACUUM ANALYZE realization"
"${PSQL[@]}" -t -A -F ' ' -c "SELECT count(*), count(*) FILTER (WHERE year = $YEAR),
  count(*) FILTER (WHERE year = $YEAR AND status IN ('SUBMITTED', 'VERIFIED')) FROM realization" \
  | awk '{ printf "realization values: %\047d in all, %\047d in '$YEAR', of which %\047d submitted or verified\n", $1, $2, $3 }'

TOKEN="$(token_for ministry)"
# api_times QUERY: REPEAT timed answers (ms), after two warm-up answers.
api_times() {
  for _ in 1 2; do curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/achievements?$1"; done
  for _ in $(seq 1 "$REPEAT"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/achievements?$1"
  done | awk '{ printf "%.1f\n", $1 * 1000 }'
}
# sql_times PROVINCE: the same number of runs of the hand-written statement in one psql session (ms).
sql_times() {
  { echo '\o /dev/null'; echo '\timing on'
    for _ in $(seq 1 $((REPEAT + 2))); do echo "\\i $ROOT/bench/sql/achievement-matrix.sql"; done
  } | "${PSQL[@]}" -v year="$YEAR" -v province="$1" 2>&1 | awk '/^Time:/ { print $2 }' | tail -n "$REPEAT"
}
compare() {
  python3 - "$1" "$(api_times "$2" | paste -sd,)" "$(sql_times "$3" | paste -sd,)" <<'PY'
import sys, statistics
name, api, sql = sys.argv[1], [float(x) for x in sys.argv[2].split(",")], [float(x) for x in sys.argv[3].split(",")]
a, s = statistics.median(api), statistics.median(sql)
print(f"{name:<34} API median {a:8.1f} ms   SQL median {s:8.1f} ms   API / SQL {a / s:.2f}x")
PY
}
# agree QUERY PROVINCE: the API's achievements against the statement's, row by row.
agree() {
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/achievements?$1" > "$BENCH_DATA/api.json"
  "${PSQL[@]}" -v year="$YEAR" -v province="$2" -A -F ',' -t -f "$ROOT/bench/sql/achievement-matrix.sql" > "$BENCH_DATA/sql.csv"
  python3 - "$BENCH_DATA/api.json" "$BENCH_DATA/sql.csv" <<'PY'
import sys, json, csv
d = json.load(open(sys.argv[1]))
api = {(r["indicatorCode"], r["regionCode"]): r["achievement"] for r in d["items"] + d["rollup"] if r["regionCode"]}
sql = {(r[0], r[1]): (float(r[4]) if r[4] else None) for r in csv.reader(open(sys.argv[2]))}
differ = [k for k in sql if k in api and (api[k] is None) != (sql[k] is None)
          or k in api and api[k] is not None and sql[k] is not None and abs(api[k] - sql[k]) > 0.011]
print(f"  same numbers: {len(sql) - len(differ):,} of {len(sql):,} rows agree (API rows {len(api):,})")
PY
}

echo
echo "Achievement matrix $YEAR, $REPEAT timed answers each (after 2 warm-up answers):"
compare "national matrix (provinces)" "year=$YEAR&level=PROVINCE&size=500" ""
agree "year=$YEAR&level=PROVINCE&size=500" ""
NATIONAL="$BASE/api/v1/achievements?year=$YEAR&level=PROVINCE&size=500"
ETAG=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$NATIONAL" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
for _ in $(seq 1 "$REPEAT"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" -H "If-None-Match: $ETAG" "$NATIONAL"
done | python3 -c '
import sys, statistics
rows = [line.split() for line in sys.stdin]
t = statistics.median(float(r[1]) * 1000 for r in rows)
print(f"  the same with its ETag (If-None-Match): HTTP {rows[0][0]}, median {t:.1f} ms")'
compare "one province's matrix (61)" "year=$YEAR&parent=61&size=500" "61"
agree "year=$YEAR&parent=61&size=500" "61"

echo
echo "A single value verified: how long until the matrix shows it"
read -r INDICATOR REGION PERIOD < <("${PSQL[@]}" -t -A -F ' ' -c "SELECT indicator_code, region_code, period FROM realization
  WHERE year = $YEAR AND status = 'SUBMITTED' AND region_code LIKE '61.%' ORDER BY indicator_code, region_code, period LIMIT 1")
VERIFIER="$(token_for verifier)"
NATION="$BASE/api/v1/achievements?year=$YEAR&level=NATION&basis=VERIFIED&indicator=$INDICATOR"
verified_count() { curl -sf -H "Authorization: Bearer $TOKEN" "$NATION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["periodsVerified"])'; }
BEFORE=$(verified_count)
T0=$(date +%s.%N)
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $VERIFIER" "$BASE/api/v1/realizations/$INDICATOR/$REGION/$PERIOD/verify"
T1=$(date +%s.%N)
ANSWERS=0
while :; do
  ANSWERS=$((ANSWERS + 1)); AFTER=$(verified_count)
  [ "$AFTER" != "$BEFORE" ] && break
  [ "$ANSWERS" -ge 50 ] && { echo "  not shown after 50 answers" >&2; exit 1; }
done
T2=$(date +%s.%N)
python3 -c "import sys; t0, t1, t2 = map(float, sys.argv[1:4]); print(f'  {sys.argv[4]} {sys.argv[5]} {sys.argv[6]}: verified in {(t1 - t0) * 1000:.0f} ms; '
  f'shown by answer no. {sys.argv[7]} after it, {(t2 - t1) * 1000:.0f} ms later (national verified count {sys.argv[8]} -> {sys.argv[9]})')" \
  "$T0" "$T1" "$T2" "$INDICATOR" "$REGION" "$PERIOD" "$ANSWERS" "$BEFORE" "$AFTER"

PEAK=$(sort -n "$PEAK_FILE" | tail -1)
echo
echo "backend heap in use: peak $PEAK MiB over the whole run (sampled every 0.5 s; the JVM ran with -Xmx512m)"
