#!/usr/bin/env bash
# Where the per-record history of a bulk load spends its time: 1,000,000 created realizations staged
# as the realization import stages them, then the history insert the import runs (one narrow row
# per record in audit_import_change), timed against the same rows written as full audit events, and
# without the index or the snapshots. Each variant runs in a transaction that is rolled back. Needs psql (Debian: postgresql-client). Usage: bench/audit-cost.sh [rows]
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

# The same SQL as importing/AuditSql.columns and RealizationBulkKind.auditRows build.
snap() { echo "jsonb_build_object('indicatorCode', $1.indicator_code, 'regionCode', $1.region_code, 'period', $1.period, 'value', trim_scale($1.value), 'note', $1.note, 'status', $2)"; }
STORED="r.indicator_code IS NOT NULL"
ROWS_SQL="SELECT s.indicator_code || '/' || s.region_code || '/' || s.period AS entity_key,
       CASE WHEN $STORED THEN 'UPDATE' ELSE 'CREATE' END AS action,
       CASE WHEN $STORED THEN $(snap r r.status) END AS before, $(snap s "'DRAFT'") AS after
  FROM import_realization s LEFT JOIN realization r ON r.indicator_code = s.indicator_code AND r.region_code = s.region_code AND r.period = s.period
 WHERE r.indicator_code IS NULL OR r.value <> s.value OR r.note IS DISTINCT FROM s.note"
IMPORT_ID="'6f1c7a52-0000-4000-8000-000000000001'::uuid"
history() {
  echo "INSERT INTO audit_import_change (import_id, entity_type, entity_key, action, before, after)
        SELECT $IMPORT_ID, 'realization', x.entity_key, x.action, $1, $2 FROM ($ROWS_SQL) x"
}

timed() {
  "${PSQL[@]}" -c "CHECKPOINT"
  local t0 t1
  t0=$(date +%s.%N)
  "${PSQL[@]}" -c "BEGIN; $2; ROLLBACK;"
  t1=$(date +%s.%N)
  python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); print(f'{sys.argv[4]:<52} {t:7.2f} s = {n/t:>9,.0f} rows/s')" "$t0" "$t1" "$ROWS" "$1"
}
timed "history insert as the import runs it" "$(history x.before x.after)"
timed "  without its entity index" "DROP INDEX audit_import_change_entity_idx; $(history x.before x.after)"
timed "  with no snapshots ('{}')" "$(history NULL "'{}'::jsonb")"
# A full event per record (id, time, actor, four indexes), with the snapshot as its changes.
timed "the same rows as full audit events (audit_event)" "INSERT INTO audit_event (id, occurred_at, actor, entity_type, entity_key, action, changes, import_id)
        SELECT gen_random_uuid(), now(), 'admin', 'realization', x.entity_key, x.action, x.after, $IMPORT_ID FROM ($ROWS_SQL) x"
