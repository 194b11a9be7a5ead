-- How far a national deployment has mirrored each province deployment it pulls from (monev.sync.sources).
-- The sources themselves, with their credentials, are configuration; only their progress lives here.
CREATE TABLE sync_source_state (
    name            text PRIMARY KEY,
    cursor          text NOT NULL DEFAULT '0-0',
    last_run_at     timestamptz,
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    changes_read    bigint NOT NULL DEFAULT 0,
    records_written bigint NOT NULL DEFAULT 0,
    last_change_at  timestamptz
);
