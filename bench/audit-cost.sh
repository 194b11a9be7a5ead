#!/usr/bin/env bash
# Where the per-record audit of a bulk load spends its time: 1,000,000 created realizations staged
# as the realization import stages them, then the audit insert the import runs, timed with and
# without the audit table's indexes and with no JSON built. Each variant runs in a transaction that
# is rolled back. Needs psql (Debian: postgresql-client). Usage: bench/audit-cost.sh [rows]
source "$(dirname "$0")/lib.sh"
ROWS="${1:-1000000}"
require_psql "to time the audit insert"

start_backend
connect_psql

echo "Staging $ROWS rows..."
"${PSQL[@]}" <<SQL
CREATE TABLE import_realization AS
SELECT g AS row_no, 'BENCH.' || lpad((g / 4508)::text, 3, '0') AS indicator_code,
       '61.' || lpad(((g % 14) + 1)::text, 2, '0') AS region_code,
       (2000 + (g % 322) / 12)::text || '-' || lpad(((g % 12) + 1)::text, 2, '0') AS period,
       round((random() * 100000)::numeric, 2) AS value,
       CASE WHEN g % 10 = 0 THEN 'laporan bulanan' END AS note
FROM generate_series(1, $ROWS) g;
ANALYZE import_realization;
SQL

# The same SQL as importing/AuditSql and RealizationBulkKind.auditRows build.
field() { echo "CASE WHEN ($2) IS DISTINCT FROM ($3) THEN jsonb_build_object('$1', jsonb_build_object('before', $2, 'after', $3)) ELSE '{}'::jsonb END"; }
CHANGES="$(field indicatorCode r.indicator_code s.indicator_code) || $(field regionCode r.region_code s.region_code) || $(field period r.period s.period) || $(field value 'trim_scale(r.value)' 'trim_scale(s.value)') || $(field note r.note s.note) || $(field status r.status "'DRAFT'")"
JOIN="import_realization s LEFT JOIN realization r ON r.indicator_code = s.indicator_code AND r.region_code = s.region_code AND r.period = s.period"
insert() {
  echo "INSERT INTO audit_event (id, occurred_at, actor, entity_type, entity_key, action, changes, import_id)
        SELECT gen_random_uuid(), now(), 'admin', 'realization', s.indicator_code || '/' || s.region_code || '/' || s.period,
               CASE WHEN r.indicator_code IS NOT NULL THEN 'UPDATE' ELSE 'CREATE' END, $1, gen_random_uuid()
        FROM $JOIN WHERE r.indicator_code IS NULL OR r.value <> s.value OR r.note IS DISTINCT FROM s.note"
}
NO_SECONDARY="DROP INDEX audit_event_entity_idx; DROP INDEX audit_event_actor_idx; DROP INDEX audit_event_time_idx; DROP INDEX audit_event_import_idx;"

timed() {
  "${PSQL[@]}" -c "CHECKPOINT"
  local t0 t1
  t0=$(date +%s.%N)
  "${PSQL[@]}" -c "BEGIN; $2; ROLLBACK;"
  t1=$(date +%s.%N)
  python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'{sys.argv[4]:<52} {t:7.2f} s = {n/t:>9,.0f} rows/s')" "$t0" "$t1" "$ROWS" "$1"
}
timed "audit insert as the import runs it" "$(insert "$CHANGES")"
timed "  without the four secondary indexes" "$NO_SECONDARY $(insert "$CHANGES")"
timed "  without any index" "$NO_SECONDARY ALTER TABLE audit_event DROP CONSTRAINT audit_event_pkey; $(insert "$CHANGES")"
timed "  with no JSON built ('{}')" "$(insert "'{}'::jsonb")"
timed "building the events only (temporary table)" "CREATE TEMP TABLE events AS SELECT $CHANGES AS changes FROM $JOIN"
