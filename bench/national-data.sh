#!/usr/bin/env bash
# A national data set loaded through the bulk API: the 38 provinces and 514 regencies and cities of
# scripts/regions-indonesia.csv, 8 programs, 300 indicators of every period type (88% monthly), time
# roll-up (SUM, LAST, AVERAGE), region roll-up (SUM, AVERAGE, PROVINCE_REPORTED) and polarity (RANGE with
# bounds), targets for every reporting region and the provinces for 2021-2025, and about 8 million
# realizations; then a share of the region x period pairs goes through the reporting workflow (submitted,
# and of those most verified). Prints rows, seconds and rows per second of each step.
#
# The files come from bench/national-data.mjs (Node), deterministic for a seed: a second run loads the same
# values and the API reports them unchanged. Loads go in the order the kinds need (regions, programs,
# indicators, targets, realizations) in synchronous chunks of CHUNK_ROWS rows, below the size at which the
# API turns a load into a background job.
#
# Usage: bench/national-data.sh
#   SCALE=0.01          share of the full set: fewer indicators (at least 8), then fewer regencies (default 1)
#   SEED=20251          the generator's seed
#   YEARS=2021-2025     years of targets and realizations
#   CHUNK_ROWS=500000   rows per bulk load (one transaction each)
#   SUBMIT_SHARE=0.02   share of region x period pairs submitted through POST /realizations/submissions
#   VERIFY_SHARE=0.6    share of those verified through POST /realizations/verifications (half in the last year)
#   PARALLEL=2          workflow requests at once
#   BASE_URL=http://127.0.0.1:8080   load into this running backend (as MONEV_USER/MONEV_PASSWORD, admin/demo
#                       by default) instead of starting the jar with its own embedded database
#   KEEP_BACKEND=1      leave the started backend running for a benchmark on the data (0: stop it at the end)
#   WORK_DIR=...        where the generated files go (a temporary directory by default, deleted at the end)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx2g}"
source "$(dirname "$0")/lib.sh"
SCALE="${SCALE:-1}"
SEED="${SEED:-20251}"
YEARS="${YEARS:-2021-2025}"
CHUNK_ROWS="${CHUNK_ROWS:-500000}"
SUBMIT_SHARE="${SUBMIT_SHARE:-0.02}"
VERIFY_SHARE="${VERIFY_SHARE:-0.6}"
PARALLEL="${PARALLEL:-2}"
KEEP_BACKEND="${KEEP_BACKEND:-1}"
REGIONS_FILE="$ROOT/scripts/regions-indonesia.csv"
command -v node > /dev/null || { echo "Node.js 20+ is needed for the generator" >&2; exit 1; }

now() { date +%s.%N; }
# step NAME ROWS START END: one line of the timing table.
report() {
  python3 -c 'import sys; n, r, a, b = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]); s = max(b - a, 1e-9)
print(f"{n:<34} {r:>11,} rows {s:>9.1f} s {r / s:>11,.0f} rows/s")' "$@" | tee -a "$WORK_DIR/timings.txt"
}

if [ -z "${WORK_DIR:-}" ]; then
  WORK_DIR="$(mktemp -d)"
  DELETE_WORK=1
fi
mkdir -p "$WORK_DIR"
: > "$WORK_DIR/timings.txt"

finish() {
  local status=$?
  [ "${DELETE_WORK:-0}" = 1 ] && rm -rf "$WORK_DIR"
  if [ -n "${BENCH_PID:-}" ]; then
    if [ "$KEEP_BACKEND" = 1 ] && [ "$status" = 0 ]; then
      echo "The backend keeps running on $BASE (pid $BENCH_PID, data in $BENCH_DATA)."
      echo "  A benchmark on this data: BASE_URL=$BASE ...   Stop it: kill $BENCH_PID && rm -rf $BENCH_DATA"
    else
      stop_backend
    fi
  fi
}

if [ -n "${BASE_URL:-}" ]; then
  BASE="${BASE_URL%/}"
  TOKEN=$(printf '{"username":"%s","password":"%s"}' "${MONEV_USER:-admin}" "${MONEV_PASSWORD:-demo}" \
    | curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' --data-binary @- \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  trap finish EXIT
else
  echo "Starting the backend (demo profile, its own embedded database)..."
  T0=$(now)
  start_backend
  trap finish EXIT
  echo "  started on $BASE in $(python3 -c "print(f'{$(now) - $T0:.0f}')") s"
  TOKEN="$(token_for admin)"
fi
AUTH=(-H "Authorization: Bearer $TOKEN")
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure)"

T0=$(now)
node "$ROOT/bench/national-data.mjs" --regions "$REGIONS_FILE" --out "$WORK_DIR" --scale "$SCALE" --seed "$SEED" \
  --years "$YEARS" --chunk-rows "$CHUNK_ROWS" --submit-share "$SUBMIT_SHARE" --verify-share "$VERIFY_SHARE" > /dev/null
T1=$(now)
M="$WORK_DIR/manifest.json"
manifest() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$M" "$1"; }
GENERATED=$(( $(manifest targets) + $(manifest realizations) ))
echo "Generated in $WORK_DIR: $(manifest indicators) indicators, $(manifest targets) targets, $(manifest realizations) realizations"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  indicators by", "; ".join(k + " " + ", ".join(f"{n} {v}" for n, v in m.items()) for k, m in d["indicatorsBy"].items()))' "$M"
echo
printf '%-34s %16s %11s %18s\n' step rows seconds rate | tee -a "$WORK_DIR/timings.txt"
report "generate CSV files" "$GENERATED" "$T0" "$T1"

# load KIND FILE: one synchronous bulk load; fails on any rejected row; adds its counts to $WORK_DIR/counts.
load() {
  local result status body
  result=$(curl -s -w '\n%{http_code}' "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$2" \
    "$BASE/api/v1/imports/$1")
  status=${result##*$'\n'}; body=${result%$'\n'*}
  if [ "$status" != 200 ]; then
    echo "Loading $2 as $1 answered $status: ${body:0:2000}" >&2
    return 1
  fi
  python3 -c 'import json,sys; s=json.loads(sys.argv[1]); print(s["rows"], s["created"], s["updated"], s["unchanged"], s["rejected"])' \
    "$body" >> "$WORK_DIR/counts.$1"
}
# load_all KIND FILE...: the files one after the other, then one timing line and the summary's counts.
load_all() {
  local kind=$1 started rows=0 f; shift
  : > "$WORK_DIR/counts.$kind"
  started=$(now)
  for f in "$@"; do load "$kind" "$f"; done
  rows=$(awk '{ s += $1 } END { print s + 0 }' "$WORK_DIR/counts.$kind")
  report "load $kind ($# file(s))" "$rows" "$started" "$(now)"
  awk -v k="$kind" '{ c += $2; u += $3; n += $4; r += $5 } END { printf "    %s: created %d, updated %d, unchanged %d, rejected %d\n", k, c, u, n, r }' \
    "$WORK_DIR/counts.$kind"
}

load_all regions "$REGIONS_FILE"

T0=$(now)
CREATED=0
while read -r program; do
  CODE=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["code"])' "$program")
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$BASE/api/v1/programs/$CODE")
  if [ "$STATUS" = 404 ]; then
    curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/programs" -d "$program"
    CREATED=$((CREATED + 1))
  fi
done < <(python3 -c 'import json,sys; [print(json.dumps(p)) for p in json.load(open(sys.argv[1]))]' "$WORK_DIR/programs.json")
report "programs (POST /programs)" "$(manifest programs)" "$T0" "$(now)"
echo "    programs: created $CREATED (the rest were there already)"

load_all indicators "$WORK_DIR/indicators.csv"
load_all targets "$WORK_DIR"/targets-*.csv
load_all realizations "$WORK_DIR"/realizations-*.csv

# The bulk API loads realizations as drafts, as an operator's file would be; they move on through the
# workflow's own calls, a region's whole period at a time: submitted, then verified (each value one
# audited transition, so this step is far slower per value than a load: SUBMIT_SHARE keeps it bounded).
workflow() {
  local started result
  started=$(now)
  result=$(MONEV_TOKEN="$TOKEN" node "$ROOT/bench/national-workflow.mjs" "$1" "$BASE" "$WORK_DIR/workflow.tsv" "$PARALLEL")
  report "$1 (${result% *} region x period)" "${result#* }" "$started" "$(now)"
}
workflow submit
workflow verify

echo
echo "Realizations of the national programs by status (GET /api/v1/realizations?status=&program=):"
for status in DRAFT SUBMITTED VERIFIED; do
  SUM=0
  for program in $(python3 -c 'import json,sys; print(" ".join(p["code"] for p in json.load(open(sys.argv[1]))))' "$WORK_DIR/programs.json"); do
    N=$(curl -sf "${AUTH[@]}" "$BASE/api/v1/realizations?status=$status&program=$program&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    SUM=$((SUM + N))
  done
  printf '  %-9s %11s\n' "$status" "$SUM"
done
