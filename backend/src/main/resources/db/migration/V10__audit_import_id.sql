-- Bulk loads write one audit event per record they create or change; each carries the load's id,
-- as does the load's summary event.
ALTER TABLE audit_event ADD COLUMN import_id uuid;
CREATE INDEX audit_event_import_idx ON audit_event (import_id) WHERE import_id IS NOT NULL;
