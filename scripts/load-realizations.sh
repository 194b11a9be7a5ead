#!/usr/bin/env bash
# Loads a CSV of realizations into Monev KUMKM: checks it first (dry run), then loads it.
#
# With an integration client (the way for scripts; an administrator creates it under /api/v1/clients):
#   MONEV_URL=https://monev.example.go.id MONEV_CLIENT_ID=cl-... MONEV_CLIENT_SECRET=... scripts/load-realizations.sh data.csv
# With a person's account (demo and one-off use):
#   MONEV_URL=http://localhost:8080 MONEV_USER=op-6171 MONEV_PASSWORD=demo scripts/load-realizations.sh data.csv
# The CSV: UTF-8, header "indicator,region,period,value,note" (comma or semicolon separated).
set -euo pipefail
FILE="${1:?usage: $0 file.csv}"
URL="${MONEV_URL:-http://localhost:8080}"

access_token() {
  if [ -n "${MONEV_CLIENT_ID:-}" ]; then
    # OAuth 2.0 client credentials, the secret as HTTP Basic. It goes to curl through a config on a
    # pipe (printf is a shell builtin), so it never shows in the process list.
    printf 'user = "%s:%s"\n' "$MONEV_CLIENT_ID" "${MONEV_CLIENT_SECRET:?set MONEV_CLIENT_SECRET}" \
      | curl -sf -K - -X POST "$URL/api/v1/auth/token" --data-urlencode 'grant_type=client_credentials'
  else
    printf '{"username":"%s","password":"%s"}' "${MONEV_USER:?set MONEV_CLIENT_ID (or MONEV_USER)}" \
      "${MONEV_PASSWORD:?set MONEV_PASSWORD}" \
      | curl -sf -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' --data-binary @-
  fi
}

TOKEN=$(access_token | sed -E 's/.*"accessToken":"([^"]+)".*/\1/') || {
  echo "Sign-in refused: check the client id and secret (or username and password)." >&2
  exit 1
}

load() {
  curl -s -w '\n%{http_code}' -X POST "$URL/api/v1/imports/realizations?$1" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$FILE"
}

sign_out() {
  curl -s -o /dev/null -X POST "$URL/api/v1/auth/sign-out" -H "Authorization: Bearer $TOKEN" || true
}
trap sign_out EXIT

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
