-- The change feed (GET /api/v1/changes): every create, update and delete of the catalogue, targets,
-- realizations and evaluation records, in commit order, so the ministry can mirror the data and learn of
-- deletions. Captured here rather than in the application so that every write path is covered by one rule:
-- Hibernate's single writes, the set-based SQL of the bulk loads, background jobs and round approvals.

-- Each transaction that changed tracked rows gets one row here; at its commit it receives the next seq.
-- A transaction's events carry its txid, so the feed reads them in seq order (= commit order) and, inside a
-- transaction, in id order.
CREATE TABLE change_commit (
    txid xid8   PRIMARY KEY,
    seq  bigint UNIQUE
);
CREATE SEQUENCE change_commit_seq;

-- One row per changed record. The key holds the fields the API addresses the record by; region_code is the
-- region the record belongs to (null for the catalogue and for province-wide meetings), for scoping.
CREATE TABLE change_event (
    id          bigserial,
    txid        xid8        NOT NULL DEFAULT pg_current_xact_id(),
    entity_type varchar(20) NOT NULL,
    operation   varchar(6)  NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    key         jsonb       NOT NULL,
    region_code varchar(13),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    -- The feed joins a commit's events by txid in id order: one index serves both, and is the only one
    -- a bulk load has to maintain.
    PRIMARY KEY (txid, id)
);

-- Registers the current transaction as one that changed tracked rows (once; later statements find it).
CREATE FUNCTION change_commit_register() RETURNS void LANGUAGE sql AS $$
    INSERT INTO change_commit (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
$$;

-- Runs at commit, once per registering transaction. The advisory lock is held until the transaction is
-- visible to others, so seqs are handed out in commit order: whoever reads seq N already sees every lower
-- seq, and a feed cursor never passes a transaction that commits later with a lower number.
CREATE FUNCTION change_commit_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7398265140137);
    UPDATE change_commit SET seq = nextval('change_commit_seq') WHERE txid = NEW.txid;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER change_commit_sequence AFTER INSERT ON change_commit
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_commit_sequence();

-- The capture functions, one per tracked table, shared by its three statement-level triggers. Inserted and
-- updated rows come from the NEW TABLE, deleted rows from the OLD TABLE; a statement that changed no row
-- registers nothing.
CREATE FUNCTION change_capture_done(inserted bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF inserted > 0 THEN
        PERFORM change_commit_register();
    END IF;
END
$$;

CREATE FUNCTION change_operation(tg_op text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE tg_op WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END;
$$;

CREATE FUNCTION change_capture_region() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'REGION', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.code = o.code);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'REGION', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'REGION', change_operation(TG_OP), jsonb_build_object('code', n.code)
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_capture_program() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'PROGRAM', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.code = o.code);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'PROGRAM', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'PROGRAM', change_operation(TG_OP), jsonb_build_object('code', n.code)
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_capture_indicator() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'INDICATOR', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.code = o.code);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'INDICATOR', 'DELETE', jsonb_build_object('code', o.code)
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'INDICATOR', change_operation(TG_OP), jsonb_build_object('code', n.code)
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_capture_target() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', 'DELETE', jsonb_build_object('indicatorCode', o.indicator_code, 'regionCode', o.region_code, 'year', o.year), o.region_code
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.indicator_code = o.indicator_code AND n.region_code = o.region_code AND n.year = o.year);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', 'DELETE', jsonb_build_object('indicatorCode', o.indicator_code, 'regionCode', o.region_code, 'year', o.year), o.region_code
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', change_operation(TG_OP), jsonb_build_object('indicatorCode', n.indicator_code, 'regionCode', n.region_code, 'year', n.year), n.region_code
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_capture_realization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'REALIZATION', 'DELETE', jsonb_build_object('indicatorCode', o.indicator_code, 'regionCode', o.region_code, 'period', o.period), o.region_code
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.indicator_code = o.indicator_code AND n.region_code = o.region_code AND n.period = o.period);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'REALIZATION', 'DELETE', jsonb_build_object('indicatorCode', o.indicator_code, 'regionCode', o.region_code, 'period', o.period), o.region_code
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'REALIZATION', change_operation(TG_OP), jsonb_build_object('indicatorCode', n.indicator_code, 'regionCode', n.region_code, 'period', n.period), n.region_code
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- Meetings concern several regions: region-less, as every role reads every meeting.
CREATE FUNCTION change_capture_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', 'DELETE', jsonb_build_object('id', o.id)
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', 'DELETE', jsonb_build_object('id', o.id)
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', change_operation(TG_OP), jsonb_build_object('id', n.id)
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- Agreements belong to their meeting, which every role reads: region-less like it.
CREATE FUNCTION change_capture_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'AGREEMENT', 'DELETE', jsonb_build_object('id', o.id)
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'AGREEMENT', 'DELETE', jsonb_build_object('id', o.id)
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'AGREEMENT', change_operation(TG_OP), jsonb_build_object('id', n.id)
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_capture_finding() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FINDING', 'DELETE', jsonb_build_object('id', o.id), o.region_code
        FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FINDING', 'DELETE', jsonb_build_object('id', o.id), o.region_code
        FROM old_rows o;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FINDING', change_operation(TG_OP), jsonb_build_object('id', n.id), n.region_code
        FROM new_rows n;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- A recommendation belongs to the region of its finding.
CREATE FUNCTION change_capture_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'RECOMMENDATION', 'DELETE', jsonb_build_object('id', o.id), f.region_code
        FROM old_rows o LEFT JOIN finding f ON f.id = o.finding_id
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'RECOMMENDATION', 'DELETE', jsonb_build_object('id', o.id), f.region_code
        FROM old_rows o LEFT JOIN finding f ON f.id = o.finding_id;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'RECOMMENDATION', change_operation(TG_OP), jsonb_build_object('id', n.id), f.region_code
        FROM new_rows n LEFT JOIN finding f ON f.id = n.finding_id;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- A follow-up belongs to the region of its recommendation's finding.
CREATE FUNCTION change_capture_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; gone bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FOLLOW_UP', 'DELETE', jsonb_build_object('id', o.id), f.region_code
        FROM old_rows o LEFT JOIN recommendation r ON r.id = o.recommendation_id LEFT JOIN finding f ON f.id = r.finding_id
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FOLLOW_UP', 'DELETE', jsonb_build_object('id', o.id), f.region_code
        FROM old_rows o LEFT JOIN recommendation r ON r.id = o.recommendation_id LEFT JOIN finding f ON f.id = r.finding_id;
        GET DIAGNOSTICS changed = ROW_COUNT;
    ELSE
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'FOLLOW_UP', change_operation(TG_OP), jsonb_build_object('id', n.id), f.region_code
        FROM new_rows n LEFT JOIN recommendation r ON r.id = n.recommendation_id LEFT JOIN finding f ON f.id = r.finding_id;
        GET DIAGNOSTICS changed = ROW_COUNT;
    END IF;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- A target's breakdown over periods is part of the target in the API (read and written with it), so a
-- change to it is an UPDATE of its target, once per target and statement. Breakdown rows removed because
-- their target was deleted add nothing: the target's DELETE says it all.
CREATE FUNCTION change_capture_target_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', 'UPDATE', jsonb_build_object('indicatorCode', k.indicator_code, 'regionCode', k.region_code, 'year', k.year), k.region_code
        FROM (SELECT DISTINCT indicator_code, region_code, year FROM new_rows) k;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', 'UPDATE', jsonb_build_object('indicatorCode', k.indicator_code, 'regionCode', k.region_code, 'year', k.year), k.region_code
        FROM (SELECT DISTINCT indicator_code, region_code, year FROM old_rows) k
        WHERE EXISTS (SELECT 1 FROM target t WHERE t.indicator_code = k.indicator_code AND t.region_code = k.region_code AND t.year = k.year);
    ELSE
        -- A part moved to another parent changes both.
        INSERT INTO change_event (entity_type, operation, key, region_code)
        SELECT 'TARGET', 'UPDATE', jsonb_build_object('indicatorCode', k.indicator_code, 'regionCode', k.region_code, 'year', k.year), k.region_code
        FROM (SELECT indicator_code, region_code, year FROM new_rows UNION SELECT indicator_code, region_code, year FROM old_rows) k
        WHERE EXISTS (SELECT 1 FROM target t WHERE t.indicator_code = k.indicator_code AND t.region_code = k.region_code AND t.year = k.year);
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM change_capture_done(changed);
    RETURN NULL;
END
$$;

-- The regions invited to and attending a meeting are part of the meeting in the API: an UPDATE of it,
-- unless the meeting itself is gone.
CREATE FUNCTION change_capture_meeting_region() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', 'UPDATE', jsonb_build_object('id', k.meeting_id)
        FROM (SELECT DISTINCT meeting_id FROM new_rows) k;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', 'UPDATE', jsonb_build_object('id', k.meeting_id)
        FROM (SELECT DISTINCT meeting_id FROM old_rows) k
        WHERE EXISTS (SELECT 1 FROM meeting t WHERE t.id = k.meeting_id);
    ELSE
        -- A part moved to another parent changes both.
        INSERT INTO change_event (entity_type, operation, key)
        SELECT 'MEETING', 'UPDATE', jsonb_build_object('id', k.meeting_id)
        FROM (SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows) k
        WHERE EXISTS (SELECT 1 FROM meeting t WHERE t.id = k.meeting_id);
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM change_capture_done(changed);
    RETURN NULL;
END
$$;

-- The three statement-level triggers of each tracked table. They are statement-level with transition
-- tables so that a bulk load of a million rows writes its events in one set-based INSERT per statement,
-- and they stay valid when a table becomes a partitioned one (such triggers are allowed on the parent).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['region', 'program', 'indicator', 'target', 'target_period', 'realization',
                             'meeting', 'meeting_region', 'agreement', 'finding', 'recommendation', 'follow_up']
    LOOP
        EXECUTE format('CREATE TRIGGER change_capture_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'change_capture_' || t);
        EXECUTE format('CREATE TRIGGER change_capture_update AFTER UPDATE ON %I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'change_capture_' || t);
        EXECUTE format('CREATE TRIGGER change_capture_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, 'change_capture_' || t);
    END LOOP;
END
$$;
