#!/usr/bin/env bash
# Load: 100 connections for 60 s over a realistic mix against the backend jar (demo profile, its own
# data directory): the achievement matrix, lists, single records with and without If-None-Match, and
# operators' realization writes. Then the same mix while a flood of sign-ins (bcrypt) runs beside it,
# to show that sign-ins cannot starve the API of threads. Prints throughput, p50/p99 and errors.
# Usage: bench/load.sh [seconds] [connections]   (defaults 60 and 100; port BENCH_PORT, default 18160)
source "$(dirname "$0")/lib.sh"
DURATION="${1:-60}"
CONNECTIONS="${2:-100}"
THREADS="${LOAD_THREADS:-2}"
BENCH_PORT="${BENCH_PORT:-18160}"

require_wrk

start_backend
DATA="$BENCH_DATA/load-requests.tsv"
export BASE DATA
declare -A TOKENS
for user in ministry admin verifier op-6101 op-6102 op-6103 op-6104 op-6105 op-6106 op-6107 op-6108 op-6109 op-6110 \
            op-6111 op-6112 op-6171 op-6172; do
  TOKENS[$user]="$(token_for "$user")"
done
export TOKENS_JSON="$(for u in "${!TOKENS[@]}"; do printf '%s\t%s\n' "$u" "${TOKENS[$u]}"; done)"

# The request templates, built from the demo data: weight, method, path, headers, body.
python3 - <<'PY'
import json, os, urllib.request, datetime
base, out = os.environ["BASE"], os.environ["DATA"]
tokens = dict(line.split("\t") for line in os.environ["TOKENS_JSON"].splitlines())
def get(path, user="ministry", full=False):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + tokens[user]})
    with urllib.request.urlopen(req) as r:
        return (json.load(r), r.headers.get("ETag")) if full else json.load(r)
auth = lambda user: "Authorization: Bearer " + tokens[user]
today = datetime.date.today()
year, quarter = today.year, f"{today.year}Q{(today.month - 1) // 3 + 1}"
lines = []
def add(weight, method, path, headers, body=""):
    lines.append("\t".join([str(weight), method, path, "|".join(headers), body]))
add(15, "GET", f"/api/v1/achievements?year={year - 1}", [auth("ministry")])
add(5, "GET", f"/api/v1/achievements?year={year}&region=61.01", [auth("op-6101")])
for path in ["/api/v1/realizations?size=50", "/api/v1/indicators?size=50", "/api/v1/findings?size=20",
             "/api/v1/targets?size=50&year=%d" % (year - 1), "/api/v1/regions", "/api/v1/meetings?size=20"]:
    add(4, "GET", path, [auth("verifier")])
add(4, "GET", "/api/v1/realizations?size=50", [auth("op-6102")])
singles = [f"/api/v1/indicators/{i['code']}" for i in get("/api/v1/indicators?size=40")["items"]]
singles += [f"/api/v1/realizations/{r['indicatorCode']}/{r['regionCode']}/{r['period']}"
            for r in get("/api/v1/realizations?size=40&sort=-period")["items"]]
for path in singles:
    add(0.5, "GET", path, [auth("ministry")])
    _, tag = get(path, full=True)
    add(0.5, "GET", path, [auth("ministry"), "If-None-Match: " + tag])
# Writes: operators' drafts of the open quarter, on keys that are theirs and still editable.
quarterly = [i["code"] for i in get("/api/v1/indicators?size=500")["items"]
             if i["periodType"] == "QUARTERLY" and i.get("active", True) and i["regionAggregation"] != "PROVINCE_REPORTED"]
taken = {(r["indicatorCode"], r["regionCode"]) for r in get(f"/api/v1/realizations?period={quarter}&size=500")["items"]
         if r["status"] not in ("DRAFT", "RETURNED")}
writes = 0
for user, region in [(u, "61." + u[5:]) for u in tokens if u.startswith("op-")]:
    for code in quarterly:
        if (code, region) not in taken:
            body = json.dumps({"value": 10 + writes % 7, "note": "Beban uji"})
            add(0.1, "PUT", f"/api/v1/realizations/{code}/{region}/{quarter}",
                [auth(user), "Content-Type: application/json"], body)
            writes += 1
open(out, "w").write("\n".join(lines) + "\n")
print(f"mix: {len(lines)} request templates ({writes} realization keys written by 14 operators, period {quarter})")
PY

run_wrk() {
  LOAD_DATA="$DATA" LOAD_THREADS="$THREADS" wrk -t"$THREADS" -c"$1" -d"${DURATION}s" --timeout 10s \
    -s "$ROOT/bench/load.lua" "$BASE" | grep '^RESULT' | sed 's/^RESULT //'
}

report() {
  python3 -c '
import sys
label, f = sys.argv[1], dict(kv.split("=") for kv in sys.argv[2].split())
socket = int(f["connect"]) + int(f["read"]) + int(f["write"])
errors = int(f["non2xx3xx"]) + socket
print("%s: %s requests in %s s = %s req/s; latency p50 %s ms, p90 %s ms, p99 %s ms, max %s ms; errors %d (non-2xx/3xx %s, socket %d), timeouts %s"
      % (label, f["requests"], f["duration_s"], f["rps"], f["p50_ms"], f["p90_ms"], f["p99_ms"], f["max_ms"], errors,
         f["non2xx3xx"], socket, f["timeouts"]))
' "$1" "$2"
}

echo "warming up..."
DURATION=10 run_wrk 20 > /dev/null
echo "== API mix: $CONNECTIONS connections, ${DURATION}s, $THREADS wrk threads =="
MIX="$(run_wrk "$CONNECTIONS")"
report "API mix" "$MIX"

# Sign-ins beside the mix: a fifth of the connections post wrong passwords (bcrypt runs for each).
LOGINS=$((CONNECTIONS / 5))
cat > "$BENCH_DATA/login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"admin","password":"wrong-password"}'
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx3xx=%d connect=%d read=%d write=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
echo "== API mix with $((CONNECTIONS - LOGINS)) connections while $LOGINS connections flood sign-ins =="
wrk -t1 -c"$LOGINS" -d"${DURATION}s" --timeout 10s -s "$BENCH_DATA/login.lua" "$BASE/api/v1/auth/token" \
  | grep '^RESULT' | sed 's/^RESULT //' > "$BENCH_DATA/login.result" &
LOGIN_PID=$!
MIXED="$(run_wrk $((CONNECTIONS - LOGINS)))"
wait "$LOGIN_PID"
report "API mix beside sign-ins" "$MIXED"
python3 -c '
import sys
f = dict(kv.split("=") for kv in open(sys.argv[1]).read().split())
print("sign-ins beside it (wrong password: 401 or 429 is their expected answer): %s in %s s = %s/s; p50 %s ms, p99 %s ms; 401/429 answers %s; timeouts %s"
      % (f["requests"], f["duration_s"], f["rps"], f["p50_ms"], f["p99_ms"], f["non2xx3xx"], f["timeouts"]))
' "$BENCH_DATA/login.result"
