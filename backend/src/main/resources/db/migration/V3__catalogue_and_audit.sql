-- Strategic programs (Permendagri 90/2019 nomenclature) of the cooperatives and SME affairs.
CREATE TABLE program (
    code               varchar(32)  PRIMARY KEY,
    name               varchar(300) NOT NULL,
    field              varchar(16)  NOT NULL CHECK (field IN ('COOPERATIVE', 'SME')),
    authority          varchar(16)  NOT NULL CHECK (authority IN ('PROVINCE', 'REGENCY', 'SHARED')),
    description        text,
    mission_alignment  text,
    ministry_alignment text,
    start_year         integer      NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    end_year           integer      CHECK (end_year BETWEEN 2000 AND 2100),
    active             boolean      NOT NULL DEFAULT true,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    CHECK (end_year IS NULL OR end_year >= start_year)
);
CREATE INDEX program_updated_idx ON program (updated_at);

-- Performance indicators of the programs.
CREATE TABLE indicator (
    code               varchar(32)    PRIMARY KEY,
    program_code       varchar(32)    NOT NULL REFERENCES program (code),
    name               varchar(300)   NOT NULL,
    unit               varchar(50)    NOT NULL,
    measure            varchar(16)    NOT NULL CHECK (measure IN ('NUMBER', 'PERCENT', 'CURRENCY', 'RATIO')),
    polarity           varchar(20)    NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'RANGE')),
    period_type        varchar(16)    NOT NULL CHECK (period_type IN ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY')),
    time_aggregation   varchar(16)    NOT NULL CHECK (time_aggregation IN ('SUM', 'LAST', 'AVERAGE')),
    region_aggregation varchar(20)    NOT NULL CHECK (region_aggregation IN ('SUM', 'AVERAGE', 'PROVINCE_REPORTED')),
    baseline_year      integer        CHECK (baseline_year BETWEEN 2000 AND 2100),
    baseline_value     numeric(24, 4),
    range_low          numeric(24, 4),
    range_high         numeric(24, 4),
    data_source        text,
    ministry_code      varchar(50),
    active             boolean        NOT NULL DEFAULT true,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    version            bigint         NOT NULL DEFAULT 0,
    CHECK (polarity <> 'RANGE' OR (range_low IS NOT NULL AND range_high IS NOT NULL AND range_low <= range_high))
);
CREATE INDEX indicator_program_idx ON indicator (program_code);
CREATE INDEX indicator_updated_idx ON indicator (updated_at);

-- Every change to any record: who, when, what, and the changed fields before and after.
CREATE TABLE audit_event (
    id          uuid         PRIMARY KEY,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(64)  NOT NULL,
    entity_type varchar(40)  NOT NULL,
    entity_key  varchar(200) NOT NULL,
    action      varchar(20)  NOT NULL,
    changes     jsonb        NOT NULL
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_key, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
