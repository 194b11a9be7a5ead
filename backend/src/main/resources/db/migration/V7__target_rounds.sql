-- Setting next year's targets: a round per year, proposals per indicator and region, reviewed and
-- approved into targets.
CREATE TABLE target_round (
    year        integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    deadline    date         NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'UNDER_REVIEW', 'APPROVED')),
    opened_by   varchar(64)  NOT NULL,
    approved_by varchar(64),
    approved_at timestamptz,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE target_proposal (
    year             integer        NOT NULL REFERENCES target_round (year),
    indicator_code   varchar(32)    NOT NULL REFERENCES indicator (code),
    region_code      varchar(13)    NOT NULL REFERENCES region (code),
    value            numeric(24, 4) NOT NULL,
    justification    varchar(4000),
    status           varchar(16)    NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'ADJUSTED', 'RETURNED')),
    agreed_value     numeric(24, 4),
    review_reason    varchar(4000),
    proposed_by      varchar(64)    NOT NULL,
    reviewed_by      varchar(64),
    suggested_value  numeric(24, 4),
    suggestion_basis varchar(2000)  NOT NULL,
    flags            varchar(200)   NOT NULL DEFAULT '',
    created_at       timestamptz    NOT NULL DEFAULT now(),
    updated_at       timestamptz    NOT NULL DEFAULT now(),
    version          bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (year, indicator_code, region_code),
    CHECK (status NOT IN ('ACCEPTED', 'ADJUSTED') OR agreed_value IS NOT NULL)
);
CREATE INDEX target_proposal_region_idx ON target_proposal (region_code, year);
