-- The practice registry and staff accounts. Row-level security for every table carrying a
-- tenant_id is switched on by afterMigrate.sql, so no tenant table can be forgotten.

CREATE FUNCTION foyer_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('foyer.tenant_id', true), '')::uuid $$;

CREATE TABLE practice (
  id          uuid         PRIMARY KEY,
  slug        varchar(40)  NOT NULL UNIQUE,
  name        varchar(120) NOT NULL,
  time_zone   varchar(64)  NOT NULL,
  status      varchar(16)  NOT NULL,
  created_at  timestamptz  NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON practice TO ${appRole};

CREATE TABLE staff_member (
  tenant_id             uuid         NOT NULL REFERENCES practice (id),
  id                    uuid         NOT NULL,
  version               bigint       NOT NULL,
  email                 varchar(254) NOT NULL,
  display_name          varchar(120) NOT NULL,
  password_hash         varchar(200),
  role                  varchar(32)  NOT NULL,
  status                varchar(16)  NOT NULL,
  totp_secret_sealed    varchar(200),
  totp_last_step        bigint,
  recovery_code_hashes  varchar(2000),
  session_epoch         integer      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, email)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_member TO ${appRole};
