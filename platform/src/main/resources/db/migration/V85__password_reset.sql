-- Links to choose a new password by email (staff or portal login): single use, 30 minutes, only
-- the token's SHA-256 is kept. No foreign key to the account: it is in one of two tables, named by
-- account_kind. Row-level security is switched on by afterMigrate.sql like on every tenant table.
CREATE TABLE password_reset (
  tenant_id     uuid         NOT NULL REFERENCES practice (id),
  id            uuid         NOT NULL,
  version       bigint       NOT NULL,
  account_kind  varchar(16)  NOT NULL CHECK (account_kind IN ('STAFF', 'PORTAL')),
  account_id    uuid         NOT NULL,
  token_hash    char(64)     NOT NULL,
  expires_at    timestamptz  NOT NULL,
  used_at       timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_hash)
);
CREATE INDEX password_reset_by_account ON password_reset (tenant_id, account_id);
GRANT SELECT, INSERT, UPDATE ON password_reset TO ${appRole};
