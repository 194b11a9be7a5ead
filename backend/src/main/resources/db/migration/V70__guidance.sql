-- Comment threads beside the records they discuss: a realization value, a finding, a recommendation
-- or a target proposal. The body of a deleted comment is cleared; its earlier wordings stay in the history.
CREATE TABLE comment (
    id          uuid          PRIMARY KEY,
    thread_type varchar(16)   NOT NULL CHECK (thread_type IN ('REALIZATION', 'FINDING', 'RECOMMENDATION', 'PROPOSAL')),
    thread_key  varchar(120)  NOT NULL,
    author      varchar(64)   NOT NULL,
    body        varchar(2000),
    created_at  timestamptz   NOT NULL,
    edited_at   timestamptz,
    deleted_at  timestamptz,
    version     bigint        NOT NULL DEFAULT 0,
    CHECK ((body IS NULL) = (deleted_at IS NOT NULL))
);
CREATE INDEX comment_thread_idx ON comment (thread_type, thread_key, created_at);

-- Earlier wordings of edited or deleted comments.
CREATE TABLE comment_revision (
    id          uuid          PRIMARY KEY,
    comment_id  uuid          NOT NULL REFERENCES comment (id),
    body        varchar(2000) NOT NULL,
    replaced_at timestamptz   NOT NULL
);
CREATE INDEX comment_revision_comment_idx ON comment_revision (comment_id, replaced_at);

-- Each user's inbox.
CREATE TABLE notification (
    id         uuid          PRIMARY KEY,
    recipient  varchar(64)   NOT NULL,
    kind       varchar(32)   NOT NULL,
    title      varchar(300)  NOT NULL,
    body       varchar(2000) NOT NULL,
    link       varchar(500)  NOT NULL,
    created_at timestamptz   NOT NULL,
    read_at    timestamptz,
    mailed_at  timestamptz
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (recipient) WHERE read_at IS NULL;
CREATE INDEX notification_unmailed_idx ON notification (recipient) WHERE mailed_at IS NULL;

-- How each user wants to hear by e-mail, and where.
CREATE TABLE notification_setting (
    username   varchar(64)  PRIMARY KEY,
    email      varchar(254),
    email_mode varchar(8)   NOT NULL CHECK (email_mode IN ('DAILY', 'EACH', 'OFF')),
    updated_at timestamptz  NOT NULL
);

-- One row per reminder sent: the primary key is the claim that keeps a reminder from going out twice,
-- across restarts and replicas.
CREATE TABLE reminder_claim (
    kind       varchar(32)  NOT NULL,
    subject    varchar(120) NOT NULL,
    recipient  varchar(64)  NOT NULL,
    claimed_at timestamptz  NOT NULL,
    PRIMARY KEY (kind, subject, recipient)
);
