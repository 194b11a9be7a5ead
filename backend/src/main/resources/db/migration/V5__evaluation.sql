-- Evaluation meetings (rapat monev) with the regions invited and attending.
CREATE TABLE meeting (
    id          uuid          PRIMARY KEY,
    title       varchar(300)  NOT NULL,
    meeting_date date         NOT NULL,
    place       varchar(300)  NOT NULL,
    year        integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    periods     varchar(200)  NOT NULL DEFAULT '',
    minutes     text,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    version     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX meeting_year_idx ON meeting (year);

CREATE TABLE meeting_region (
    meeting_id  uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    region_code varchar(13) NOT NULL REFERENCES region (code),
    attended    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (meeting_id, region_code)
);

-- Agreements (kesepakatan) of a meeting, each with an owner and a date.
CREATE TABLE agreement (
    id                uuid          PRIMARY KEY,
    meeting_id        uuid          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text              varchar(4000) NOT NULL,
    owner_level       varchar(16)   NOT NULL CHECK (owner_level IN ('PROVINCE', 'REGENCY', 'MINISTRY')),
    owner_region_code varchar(13)   REFERENCES region (code),
    due_date          date,
    status            varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    version           bigint        NOT NULL DEFAULT 0
);
CREATE INDEX agreement_meeting_idx ON agreement (meeting_id);

-- Problems found (temuan / permasalahan), in a meeting or between meetings.
CREATE TABLE finding (
    id             uuid          PRIMARY KEY,
    meeting_id     uuid          REFERENCES meeting (id),
    region_code    varchar(13)   NOT NULL REFERENCES region (code),
    program_code   varchar(32)   REFERENCES program (code),
    indicator_code varchar(32)   REFERENCES indicator (code),
    category       varchar(20)   NOT NULL CHECK (category IN ('CAPITAL_ACCESS', 'HUMAN_RESOURCES', 'DATA_QUALITY',
                                     'REGULATION', 'COORDINATION', 'MARKET_ACCESS', 'BUDGET', 'OTHER')),
    severity       varchar(8)    NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    title          varchar(300)  NOT NULL,
    description    text          NOT NULL,
    found_on       date          NOT NULL,
    status         varchar(8)    NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_by     varchar(64)   NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX finding_region_idx ON finding (region_code);
CREATE INDEX finding_meeting_idx ON finding (meeting_id);
CREATE INDEX finding_indicator_idx ON finding (indicator_code);
CREATE INDEX finding_updated_idx ON finding (updated_at);

-- Solutions agreed per finding, followed up on the audit board's four-status model.
CREATE TABLE recommendation (
    id                        uuid          PRIMARY KEY,
    finding_id                uuid          NOT NULL REFERENCES finding (id),
    text                      varchar(4000) NOT NULL,
    responsible_level         varchar(16)   NOT NULL CHECK (responsible_level IN ('PROVINCE', 'REGENCY', 'MINISTRY')),
    responsible_region_code   varchar(13)   REFERENCES region (code),
    due_date                  date          NOT NULL,
    status                    varchar(16)   NOT NULL CHECK (status IN ('DONE', 'IN_PROGRESS', 'NOT_ACTED', 'CANNOT_ACT')),
    status_reason             varchar(2000),
    created_at                timestamptz   NOT NULL DEFAULT now(),
    updated_at                timestamptz   NOT NULL DEFAULT now(),
    version                   bigint        NOT NULL DEFAULT 0,
    CHECK (status <> 'CANNOT_ACT' OR status_reason IS NOT NULL)
);
CREATE INDEX recommendation_finding_idx ON recommendation (finding_id);
CREATE INDEX recommendation_due_idx ON recommendation (due_date) WHERE status IN ('IN_PROGRESS', 'NOT_ACTED');

-- Dated actions taken on a recommendation (tindak lanjut).
CREATE TABLE follow_up (
    id                uuid          PRIMARY KEY,
    recommendation_id uuid          NOT NULL REFERENCES recommendation (id),
    action_date       date          NOT NULL,
    description       varchar(4000) NOT NULL,
    evidence_url      varchar(1000),
    new_status        varchar(16)   CHECK (new_status IN ('DONE', 'IN_PROGRESS', 'NOT_ACTED', 'CANNOT_ACT')),
    status_reason     varchar(2000),
    created_by        varchar(64)   NOT NULL,
    created_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_recommendation_idx ON follow_up (recommendation_id);
