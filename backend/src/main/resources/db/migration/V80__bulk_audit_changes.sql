-- The records a bulk load creates or changes keep their history beside the load's summary event, one
-- narrow row each: the load's id, the record, and its values before (null when created) and after, as
-- flat objects. Who and when are the summary event's. A load of a million rows writes a million of
-- these at a fraction of the cost of full audit events (no id, actor or time per row, one index).
CREATE TABLE audit_import_change (
    import_id   uuid         NOT NULL,
    entity_type varchar(40)  NOT NULL,
    entity_key  varchar(200) NOT NULL,
    action      varchar(20)  NOT NULL,
    before      jsonb,
    after       jsonb        NOT NULL
);
CREATE INDEX audit_import_change_entity_idx ON audit_import_change (entity_key);

-- The whole trail as the API reads it: single-write events with their changes, and each bulk change
-- as an event of its load with its two snapshots, which the application compares the way it compares
-- a single write's (only for the events it returns, not for every row a listing sorts).
CREATE VIEW audit_trail AS
SELECT id, occurred_at, actor, entity_type, entity_key, action, import_id, changes, NULL::jsonb AS before, NULL::jsonb AS after
FROM audit_event
UNION ALL
SELECT md5(c.import_id::text || '/' || c.entity_type || '/' || c.entity_key)::uuid, i.occurred_at, i.actor,
       c.entity_type, c.entity_key, c.action, c.import_id, NULL::jsonb, c.before, c.after
FROM audit_import_change c
JOIN audit_event i ON i.import_id = c.import_id AND i.action = 'IMPORT';
