-- Regions: Kemendagri codes are the public key; BPS codes are kept beside them.
CREATE TABLE region (
    code        varchar(13)  PRIMARY KEY,
    bps_code    varchar(10)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    level       varchar(16)  NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY', 'CITY')),
    parent_code varchar(13)  REFERENCES region (code),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_updated_idx ON region (updated_at);

-- Accounts of the dashboard users and integration clients.
CREATE TABLE app_user (
    id            uuid         PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    display_name  varchar(200) NOT NULL,
    password_hash varchar(200) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('ADMIN', 'VERIFIER', 'OPERATOR', 'MINISTRY')),
    region_code   varchar(13)  REFERENCES region (code),
    active        boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    -- An operator always works for exactly one region.
    CHECK (role <> 'OPERATOR' OR region_code IS NOT NULL)
);
