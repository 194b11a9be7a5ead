-- The change feed's capture, stated once. V83 gave each tracked table its own capture function, near-copies
-- that differed only in the entity type, the key fields and where the region comes from. Here two functions
-- take those as trigger arguments: one for records, one for the parts of a record (a target's breakdown, a
-- meeting's regions), which are reported as an UPDATE of their record. What the feed reports is unchanged.

-- A record's key as the API names it, from 'apiName=column,...' over the row alias r.
CREATE FUNCTION change_key_json(fields text, alias text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'jsonb_build_object(' || string_agg(format('%L, %I.%I', split_part(f, '=', 1), alias,
                                                      split_part(split_part(f, '=', 2), ':', 1)), ', ') || ')'
    FROM unnest(string_to_array(fields, ',')) f;
$$;

-- Arguments: entity type; key fields 'apiName=column,...'; the region as an SQL expression over the row r
-- ('' when the record has none).
CREATE FUNCTION change_capture_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entity text := TG_ARGV[0];
    key_json text := change_key_json(TG_ARGV[1], 'r');
    region text := coalesce(nullif(TG_ARGV[2], ''), 'NULL');
    same_key text;
    changed bigint;
    gone bigint := 0;
BEGIN
    SELECT string_agg(format('n.%1$I = r.%1$I', split_part(f, '=', 2)), ' AND ')
    INTO same_key FROM unnest(string_to_array(TG_ARGV[1], ',')) f;
    IF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is gone under its old key.
        EXECUTE format('INSERT INTO change_event (entity_type, operation, key, region_code) '
                       'SELECT %L, ''DELETE'', %s, %s FROM old_rows r '
                       'WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE %s)', entity, key_json, region, same_key);
        GET DIAGNOSTICS gone = ROW_COUNT;
    END IF;
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO change_event (entity_type, operation, key, region_code) '
                       'SELECT %L, ''DELETE'', %s, %s FROM old_rows r', entity, key_json, region);
    ELSE
        EXECUTE format('INSERT INTO change_event (entity_type, operation, key, region_code) '
                       'SELECT %L, %L, %s, %s FROM new_rows r', entity, change_operation(TG_OP), key_json, region);
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM change_capture_done(changed + gone);
    RETURN NULL;
END
$$;

-- Arguments: the record's entity type; its table; its key fields 'apiName=partColumn:recordColumn,...';
-- the region as an SQL expression over the part's distinct key k ('' when none). A part deleted with its
-- record reports nothing: the record's own DELETE says it.
CREATE FUNCTION change_capture_part() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entity text := TG_ARGV[0];
    owner text := TG_ARGV[1];
    key_json text := change_key_json(TG_ARGV[2], 'k');
    region text := coalesce(nullif(TG_ARGV[3], ''), 'NULL');
    columns text;
    owner_exists text;
    parts text;
    changed bigint;
BEGIN
    SELECT string_agg(format('%I', split_part(split_part(f, '=', 2), ':', 1)), ', '),
           string_agg(format('t.%I = k.%I', split_part(f, ':', 2), split_part(split_part(f, '=', 2), ':', 1)), ' AND ')
    INTO columns, owner_exists FROM unnest(string_to_array(TG_ARGV[2], ',')) f;
    parts := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT DISTINCT %s FROM new_rows', columns)
        WHEN 'DELETE' THEN format('SELECT DISTINCT %s FROM old_rows', columns)
        -- A part moved to another record changes both.
        ELSE format('SELECT %1$s FROM new_rows UNION SELECT %1$s FROM old_rows', columns) END;
    EXECUTE format('INSERT INTO change_event (entity_type, operation, key, region_code) '
                   'SELECT %L, ''UPDATE'', %s, %s FROM (%s) k %s', entity, key_json, region, parts,
                   CASE WHEN TG_OP = 'INSERT' THEN ''
                        ELSE format('WHERE EXISTS (SELECT 1 FROM %I t WHERE %s)', owner, owner_exists) END);
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM change_capture_done(changed);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    capture record;
BEGIN
    FOR capture IN SELECT * FROM (VALUES
        ('region', 'change_capture_record', ARRAY['REGION', 'code=code', '']),
        ('program', 'change_capture_record', ARRAY['PROGRAM', 'code=code', '']),
        ('indicator', 'change_capture_record', ARRAY['INDICATOR', 'code=code', '']),
        ('target', 'change_capture_record',
            ARRAY['TARGET', 'indicatorCode=indicator_code,regionCode=region_code,year=year', 'r.region_code']),
        ('realization', 'change_capture_record',
            ARRAY['REALIZATION', 'indicatorCode=indicator_code,regionCode=region_code,period=period', 'r.region_code']),
        ('meeting', 'change_capture_record', ARRAY['MEETING', 'id=id', '']),
        ('agreement', 'change_capture_record', ARRAY['AGREEMENT', 'id=id', '']),
        ('finding', 'change_capture_record', ARRAY['FINDING', 'id=id', 'r.region_code']),
        ('recommendation', 'change_capture_record',
            ARRAY['RECOMMENDATION', 'id=id', '(SELECT f.region_code FROM finding f WHERE f.id = r.finding_id)']),
        ('follow_up', 'change_capture_record',
            ARRAY['FOLLOW_UP', 'id=id', '(SELECT f.region_code FROM recommendation c JOIN finding f ON f.id = c.finding_id '
                                         'WHERE c.id = r.recommendation_id)']),
        ('target_period', 'change_capture_part',
            ARRAY['TARGET', 'target', 'indicatorCode=indicator_code:indicator_code,regionCode=region_code:region_code,'
                                      'year=year:year', 'k.region_code']),
        ('meeting_region', 'change_capture_part', ARRAY['MEETING', 'meeting', 'id=meeting_id:id', ''])
    ) AS c(tbl, fn, args)
    LOOP
        EXECUTE format('DROP TRIGGER change_capture_insert ON %1$I; DROP TRIGGER change_capture_update ON %1$I; '
                       'DROP TRIGGER change_capture_delete ON %1$I; DROP FUNCTION %2$I()',
                       capture.tbl, 'change_capture_' || capture.tbl);
        EXECUTE format('CREATE TRIGGER change_capture_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L, %L%s)', capture.tbl, capture.fn,
                       capture.args[1], capture.args[2], capture.args[3],
                       CASE WHEN array_length(capture.args, 1) > 3 THEN format(', %L', capture.args[4]) ELSE '' END);
        EXECUTE format('CREATE TRIGGER change_capture_update AFTER UPDATE ON %I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L, %L%s)', capture.tbl, capture.fn,
                       capture.args[1], capture.args[2], capture.args[3],
                       CASE WHEN array_length(capture.args, 1) > 3 THEN format(', %L', capture.args[4]) ELSE '' END);
        EXECUTE format('CREATE TRIGGER change_capture_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I(%L, %L, %L%s)', capture.tbl, capture.fn,
                       capture.args[1], capture.args[2], capture.args[3],
                       CASE WHEN array_length(capture.args, 1) > 3 THEN format(', %L', capture.args[4]) ELSE '' END);
    END LOOP;
END
$$;
