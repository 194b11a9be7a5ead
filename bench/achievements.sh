#!/usr/bin/env bash
# Response time of the yearly achievement matrix (all indicators x all regions) on the demo data, then
# the rate of full answers against conditional ones (If-None-Match with the last ETag, as a browser's
# cache asks) at 16 connections with wrk, and their ratio.
# Usage: bench/achievements.sh [requests]   (default 200, after 30 warm-up requests)
source "$(dirname "$0")/lib.sh"
REQUESTS="${1:-200}"
require_wrk

start_backend
TOKEN="$(token_for ministry)"
URL="$BASE/api/v1/achievements?year=2025&size=500"
for _ in $(seq 1 30); do curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"; done
ROWS=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["items"]))')
for _ in $(seq 1 "$REQUESTS"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL"
done | python3 -c '
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"achievement matrix 2025 ({'"$ROWS"'} indicator x region rows), {len(t)} sequential requests:")
print(f"  min {t[0]:.1f} ms   median {statistics.median(t):.1f} ms   p95 {p(0.95):.1f} ms   max {t[-1]:.1f} ms")
'

ETAG=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "If-None-Match: $ETAG" "$URL")
echo "conditional request with ETag $ETAG: HTTP $STATUS"
rate() { wrk -t2 -c16 -d10s -H "Authorization: Bearer $TOKEN" "$@" "$URL" | awk '/Requests\/sec/ { print $2 }'; }
FULL=$(rate)
NOT_MODIFIED=$(rate -H "If-None-Match: $ETAG")
python3 -c "import sys; f, n = float(sys.argv[1]), float(sys.argv[2]); print(f'16 connections, 10 s each: full answers {f:,.0f}/s, 304 answers {n:,.0f}/s, ratio {n / f:.1f}x')" "$FULL" "$NOT_MODIFIED"
