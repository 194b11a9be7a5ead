-- Accounts managed through the API: temporary passwords, token versions, case-insensitive usernames.
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
-- Raised whenever a token must stop working: deactivation, a new password, another role or region.
ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX app_user_username_lower_idx ON app_user (lower(username));
CREATE INDEX app_user_updated_idx ON app_user (updated_at);

-- Integration clients (the ministry, regency load scripts): OAuth 2.0 client credentials.
CREATE TABLE integration_client (
    id            uuid         PRIMARY KEY,
    client_id     varchar(64)  NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('MINISTRY', 'OPERATOR')),
    region_code   varchar(13)  REFERENCES region (code),
    active        boolean      NOT NULL DEFAULT true,
    revoked_at    timestamptz,
    token_version integer      NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CHECK ((role = 'OPERATOR') = (region_code IS NOT NULL))
);
CREATE INDEX integration_client_updated_idx ON integration_client (updated_at);

-- Only hashes of secrets are kept; a rotated secret keeps working until expires_at.
CREATE TABLE client_secret (
    id          uuid         PRIMARY KEY,
    client_id   uuid         NOT NULL REFERENCES integration_client (id) ON DELETE CASCADE,
    secret_hash varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz
);
CREATE INDEX client_secret_client_idx ON client_secret (client_id);

-- Tokens signed out before they expire; a row can go once its token would have expired anyway.
CREATE TABLE revoked_token (
    jti        varchar(64) PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_token_expiry_idx ON revoked_token (expires_at);
