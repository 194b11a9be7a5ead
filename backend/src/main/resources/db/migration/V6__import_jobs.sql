-- Bulk loads that run in the background (large files, or async=true), with their outcome.
CREATE TABLE import_job (
    id          uuid         PRIMARY KEY,
    kind        varchar(20)  NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
    file_bytes  bigint       NOT NULL,
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    finished_at timestamptz,
    summary     jsonb,
    error       varchar(2000)
);
CREATE INDEX import_job_created_by_idx ON import_job (created_by, created_at);
