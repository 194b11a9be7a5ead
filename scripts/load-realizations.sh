#!/usr/bin/env bash
# Loads a CSV of realizations into Monev KUMKM: checks it first (dry run), then loads it.
# Usage: MONEV_URL=http://localhost:8080 MONEV_USER=op-6171 MONEV_PASSWORD=demo scripts/load-realizations.sh data.csv
# The CSV: UTF-8, header "indicator,region,period,value,note" (comma or semicolon separated).
set -euo pipefail
FILE="${1:?usage: $0 file.csv}"
URL="${MONEV_URL:-http://localhost:8080}"

TOKEN=$(curl -sf -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${MONEV_USER:?set MONEV_USER}\",\"password\":\"${MONEV_PASSWORD:?set MONEV_PASSWORD}\"}" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

load() {
  curl -s -w '\n%{http_code}' -X POST "$URL/api/v1/imports/realizations?$1" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$FILE"
}

echo "Checking $FILE ..."
RESULT=$(load "dryRun=true"); STATUS=${RESULT##*$'\n'}; BODY=${RESULT%$'\n'*}
echo "$BODY"
if [ "$STATUS" != 200 ] || echo "$BODY" | grep -q '"rejected":[1-9]'; then
  echo "Rows were rejected (see 'conflicts' above); nothing was loaded." >&2
  exit 1
fi
echo "Loading ..."
RESULT=$(load ""); STATUS=${RESULT##*$'\n'}; BODY=${RESULT%$'\n'*}
echo "$BODY"
[ "$STATUS" = 200 ]
