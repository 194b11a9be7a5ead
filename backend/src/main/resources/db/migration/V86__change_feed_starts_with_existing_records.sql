-- The change feed began with V83: records written before it had no event, so a mirror reading the feed from
-- its start never learned of them. Each such record now gets a CREATE, in one commit, catalogue first, keyed
-- and scoped by the same trigger arguments the capture uses (V85), so the rule stays stated once.

-- Records a CREATE for every tracked record the feed has never mentioned; returns how many. Safe to run
-- again: a record with any event is left alone.
CREATE FUNCTION change_feed_record_untracked() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    tracked text;
    args text[];
    key_json text;
    added bigint;
    total bigint := 0;
BEGIN
    -- Parents before children, so that a mirror meets a program before its indicators and its values.
    FOREACH tracked IN ARRAY ARRAY['region', 'program', 'indicator', 'target', 'realization', 'meeting',
                                   'agreement', 'finding', 'recommendation', 'follow_up']
    LOOP
        SELECT string_to_array(encode(t.tgargs, 'escape'), '\000') INTO args
        FROM pg_trigger t
        WHERE t.tgrelid = tracked::regclass AND t.tgname = 'change_capture_insert';
        key_json := change_key_json(args[2], 'r');
        EXECUTE format('INSERT INTO change_event (entity_type, operation, key, region_code) '
                       'SELECT %1$L, ''CREATE'', %2$s, %3$s FROM %4$I r '
                       'WHERE NOT EXISTS (SELECT 1 FROM change_event e WHERE e.entity_type = %1$L AND e.key = %2$s) '
                       'ORDER BY 3',
                       args[1], key_json, coalesce(nullif(args[3], ''), 'NULL'), tracked);
        GET DIAGNOSTICS added = ROW_COUNT;
        total := total + added;
    END LOOP;
    PERFORM change_capture_done(total);
    RETURN total;
END
$$;

SELECT change_feed_record_untracked();
