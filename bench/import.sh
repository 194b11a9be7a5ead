#!/usr/bin/env bash
# Bulk-load speed: 1,000,000 realization rows for valid codes and periods, loaded (a) by PostgreSQL's
# own COPY into the realization table and (b) by the HTTP import into the same, emptied table.
# Prints rows per second of each, their ratio, and the backend's peak heap use (it runs with -Xmx512m).
# Needs psql (Debian: postgresql-client) for the COPY baseline. Usage: bench/import.sh [rows]
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
source "$(dirname "$0")/lib.sh"
ROWS="${1:-1000000}"
require_psql "for the COPY baseline"

start_backend
connect_psql
TOKEN="$(token_for admin)"
AUTH=(-H "Authorization: Bearer $TOKEN")
WORK="$BENCH_DATA/files"; mkdir -p "$WORK"

# Monthly indicators: each takes 14 regions x 322 months (2000-01 .. 2026-10) of distinct keys.
INDICATORS=$(( (ROWS + 4507) / 4508 ))
echo "Creating $INDICATORS monthly indicators for the benchmark..."
curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/programs" \
  -d '{"code":"BENCH","name":"Program uji beban","field":"SME","authority":"SHARED","startYear":2000}'
for i in $(seq -w 1 "$INDICATORS"); do
  curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/indicators" \
    -d "{\"code\":\"BENCH.$i\",\"programCode\":\"BENCH\",\"name\":\"Indikator uji $i\",\"unit\":\"unit\",\"measure\":\"NUMBER\",\"polarity\":\"HIGHER_IS_BETTER\",\"periodType\":\"MONTHLY\",\"timeAggregation\":\"SUM\",\"regionAggregation\":\"SUM\"}"
done

echo "Generating $ROWS rows..."
python3 - "$ROWS" "$INDICATORS" "$WORK" <<'PY'
import sys, random
rows, indicators, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
regions = ["61.01","61.02","61.03","61.04","61.05","61.06","61.07","61.08","61.09","61.10","61.11","61.12","61.71","61.72"]
months = [(y, m) for y in range(2000, 2027) for m in range(1, 13) if (y, m) <= (2026, 10)]
rnd = random.Random(7)
n = 0
with open(f"{work}/import.csv", "w") as imp, open(f"{work}/copy.csv", "w") as cp:
    imp.write("indicator,region,period,value,note\n")
    for i in range(1, indicators + 1):
        code = f"BENCH.{i:0{len(str(indicators))}d}"
        for region in regions:
            for y, m in months:
                if n == rows:
                    break
                value = f"{rnd.randint(0, 100000)}.{rnd.randint(0, 99):02d}"
                note = "laporan bulanan" if n % 10 == 0 else ""
                period = f"{y}-{m:02d}"
                imp.write(f"{code},{region},{period},{value},{note}\n")
                cp.write(f"{code},{region},{period},{y},{y}-{m:02d}-01,{value},{note},DRAFT\n")
                n += 1
print(f"{n} rows")
PY
ls -l "$WORK"

now() { date +%s.%N; }

echo "(a) COPY into the realization table..."
"${PSQL[@]}" -c "CHECKPOINT"
T0=$(now)
"${PSQL[@]}" -c "\\copy realization (indicator_code, region_code, period, year, period_start, value, note, status) FROM '$WORK/copy.csv' WITH (FORMAT csv)"
T1=$(now)
COPIED=$("${PSQL[@]}" -t -A -c "SELECT count(*) FROM realization WHERE indicator_code LIKE 'BENCH.%'")
"${PSQL[@]}" -c "DELETE FROM realization WHERE indicator_code LIKE 'BENCH.%'" -c "VACUUM ANALYZE realization" -c "CHECKPOINT"

echo "(b) HTTP import of the same rows into the emptied table..."
# The database logs each statement of the import that takes a second or more: where the time goes.
"${PSQL[@]}" -c "ALTER SYSTEM SET log_min_duration_statement = 1000" -c "SELECT pg_reload_conf()" > /dev/null
PEAK_FILE="$WORK/heap"; echo 0 > "$PEAK_FILE"
( while kill -0 "$BENCH_PID" 2>/dev/null; do
    jstat -gc "$BENCH_PID" 2>/dev/null | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}' >> "$PEAK_FILE"; sleep 0.5
  done ) &
SAMPLER=$!
T2=$(now)
SUMMARY=$(curl -sf "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$WORK/import.csv" "$BASE/api/v1/imports/realizations")
T3=$(now)
kill "$SAMPLER" 2>/dev/null || true
IMPORTED=$("${PSQL[@]}" -t -A -c "SELECT count(*) FROM realization WHERE indicator_code LIKE 'BENCH.%'")
"${PSQL[@]}" -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" > /dev/null
echo "Statements of the import taking 1 s or more:"
find "$BENCH_DATA" -name server.log -exec grep -h "duration: " {} + \
  | sed -E 's/.*duration: ([0-9.]+) ms +(statement|execute [^:]*): +(.{0,60}).*/  \1 ms  \3/' \
  | awk '{ printf "  %8.2f s  ", $1 / 1000; $1 = ""; $2 = ""; print substr($0, 3) }'

python3 - "$T0" "$T1" "$T2" "$T3" "$COPIED" "$IMPORTED" "$PEAK_FILE" "$SUMMARY" <<'PY'
import sys, json
t0, t1, t2, t3 = map(float, sys.argv[1:5])
copied, imported = int(sys.argv[5]), int(sys.argv[6])
peak = max(int(x) for x in open(sys.argv[7]).read().split() if x.strip())
summary = json.loads(sys.argv[8])
copy_rate = copied / (t1 - t0)
http_rate = imported / (t3 - t2)
print(f"COPY into realization : {copied:>9,} rows in {t1 - t0:6.2f} s = {copy_rate:>10,.0f} rows/s")
print(f"HTTP import           : {imported:>9,} rows in {t3 - t2:6.2f} s = {http_rate:>10,.0f} rows/s "
      f"(created {summary['created']:,}, rejected {summary['rejected']:,})")
print(f"ratio HTTP / COPY     : {http_rate / copy_rate:.0%}")
print(f"backend heap in use   : peak {peak} MiB (sampled every 0.5 s; the JVM ran with -Xmx512m)")
PY
