-- Annual targets per indicator and region, set by the province or agreed in a target-setting round.
CREATE TABLE target (
    indicator_code varchar(32)    NOT NULL REFERENCES indicator (code),
    region_code    varchar(13)    NOT NULL REFERENCES region (code),
    year           integer        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value          numeric(24, 4) NOT NULL,
    status         varchar(16)    NOT NULL CHECK (status IN ('PROPOSED', 'AGREED')),
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    version        bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_code, region_code, year)
);
CREATE INDEX target_region_year_idx ON target (region_code, year);
CREATE INDEX target_updated_idx ON target (updated_at);

-- Optional breakdown of an annual target over the indicator's reporting periods.
CREATE TABLE target_period (
    indicator_code varchar(32)    NOT NULL,
    region_code    varchar(13)    NOT NULL,
    year           integer        NOT NULL,
    period         varchar(7)     NOT NULL,
    value          numeric(24, 4) NOT NULL,
    PRIMARY KEY (indicator_code, region_code, period),
    FOREIGN KEY (indicator_code, region_code, year) REFERENCES target (indicator_code, region_code, year) ON DELETE CASCADE
);

-- What a region achieved for an indicator in a period, and where it stands in verification.
CREATE TABLE realization (
    indicator_code varchar(32)    NOT NULL REFERENCES indicator (code),
    region_code    varchar(13)    NOT NULL REFERENCES region (code),
    period         varchar(7)     NOT NULL,
    year           integer        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period_start   date           NOT NULL,
    value          numeric(24, 4) NOT NULL,
    note           varchar(2000),
    evidence_url   varchar(1000),
    status         varchar(16)    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')),
    return_reason  varchar(2000),
    submitted_by   varchar(64),
    submitted_at   timestamptz,
    verified_by    varchar(64),
    verified_at    timestamptz,
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    version        bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_code, region_code, period),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);
CREATE INDEX realization_region_year_idx ON realization (region_code, year);
CREATE INDEX realization_year_idx ON realization (year, indicator_code);
CREATE INDEX realization_status_idx ON realization (status) WHERE status = 'SUBMITTED';
CREATE INDEX realization_updated_idx ON realization (updated_at);

-- An administrator's permission for a region to change a period after its deadline.
CREATE TABLE reporting_exception (
    region_code varchar(13)   NOT NULL REFERENCES region (code),
    period      varchar(7)    NOT NULL,
    open_until  date          NOT NULL,
    reason      varchar(2000) NOT NULL,
    granted_by  varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    version     bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (region_code, period)
);
