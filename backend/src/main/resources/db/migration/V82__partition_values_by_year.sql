-- Realization values partitioned by year. Nationally they reach some ten million rows (38 provinces,
-- 514 regencies, 300 indicators, 5 years); nearly every read names one year (the reporting grid, the
-- achievements, the downloads, the change stamps), so each reads one year's partition and its indexes
-- instead of the whole table, and an old year can later be detached or archived as a whole.
--
-- One partition per year for the whole range the year CHECK allows, 2000 to 2100, created here once:
-- every year a value can have already has its partition, so nothing has to run each new year and no
-- insert can ever fail for want of one. No DEFAULT partition: one would only collect rows that a later
-- per-year partition must then scan for and move out. An empty partition costs one 8 kB page per index.
-- Queries that name a year (as a constant or a parameter) prune the other 100 before planning or at
-- executor start; the few that name none (the verification queue, an operator's returned values) plan
-- over all 101, which costs milliseconds, and each empty partition is skipped at once.
--
-- The partition key must be part of every unique index, so the primary key becomes
-- (indicator_code, region_code, period, year). A period names its year (2025, 2025S1, 2025Q3, 2025-07
-- all fall in 2025), so the key is exactly as unique as before.
--
-- Targets (target, target_period) stay as they are: about twenty times fewer rows, already read through
-- (year, ...) indexes, and target_period references target by a foreign key that would then have to
-- point into a partitioned table. Partitioning them would add two hundred relations for no measurable
-- gain.
--
-- The rows are moved in this migration's transaction: the old table is locked against writes first,
-- so none can slip in between the copy and the drop; an error anywhere leaves the old table untouched.
-- No foreign key or view points at realization (comments name a value by text), so the old table can
-- simply be dropped.

LOCK TABLE realization IN ACCESS EXCLUSIVE MODE;

CREATE TABLE realization_partitioned (
    indicator_code varchar(32)    NOT NULL,
    region_code    varchar(13)    NOT NULL,
    period         varchar(7)     NOT NULL,
    year           integer        NOT NULL,
    period_start   date           NOT NULL,
    value          numeric(24, 4) NOT NULL,
    note           varchar(2000),
    evidence_url   varchar(1000),
    status         varchar(16)    NOT NULL,
    return_reason  varchar(2000),
    submitted_by   varchar(64),
    submitted_at   timestamptz,
    verified_by    varchar(64),
    verified_at    timestamptz,
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    version        bigint         NOT NULL DEFAULT 0
) PARTITION BY RANGE (year);

DO $$
BEGIN
    FOR y IN 2000..2100 LOOP
        EXECUTE format('CREATE TABLE realization_y%s PARTITION OF realization_partitioned FOR VALUES FROM (%s) TO (%s)',
                       y, y, y + 1);
    END LOOP;
END
$$;

-- Rows first, indexes and constraints after: building them once over the loaded rows is cheaper than
-- maintaining them row by row.
INSERT INTO realization_partitioned (indicator_code, region_code, period, year, period_start, value, note,
                                     evidence_url, status, return_reason, submitted_by, submitted_at,
                                     verified_by, verified_at, created_at, updated_at, version)
SELECT indicator_code, region_code, period, year, period_start, value, note,
       evidence_url, status, return_reason, submitted_by, submitted_at,
       verified_by, verified_at, created_at, updated_at, version
FROM realization;

DROP TABLE realization;
ALTER TABLE realization_partitioned RENAME TO realization;

-- The old table's constraints and indexes, under their old names (V4, and V81's change-stamp index).
-- Each is declared on the parent and so exists on every partition, present and future.
ALTER TABLE realization
    ADD CONSTRAINT realization_pkey PRIMARY KEY (indicator_code, region_code, period, year),
    ADD CONSTRAINT realization_indicator_code_fkey FOREIGN KEY (indicator_code) REFERENCES indicator (code),
    ADD CONSTRAINT realization_region_code_fkey FOREIGN KEY (region_code) REFERENCES region (code),
    ADD CONSTRAINT realization_year_check CHECK (year BETWEEN 2000 AND 2100),
    ADD CONSTRAINT realization_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')),
    ADD CONSTRAINT realization_check CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL);
CREATE INDEX realization_region_year_idx ON realization (region_code, year);
CREATE INDEX realization_year_stamp_idx ON realization (year, indicator_code) INCLUDE (updated_at, version);
CREATE INDEX realization_status_idx ON realization (status) WHERE status = 'SUBMITTED';
CREATE INDEX realization_updated_idx ON realization (updated_at);

-- Statistics now, so that the planner sees the empty partitions as empty (never-analysed tables are
-- guessed at ten pages each) and the filled ones as they are.
ANALYZE realization;
