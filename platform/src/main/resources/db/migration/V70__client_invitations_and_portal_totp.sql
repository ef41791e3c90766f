-- Client portal invitations (single-use links, stored as hashes) and portal logins' second factor.

CREATE TABLE client_invitation (
  tenant_id          uuid         NOT NULL REFERENCES practice (id),
  id                 uuid         NOT NULL,
  version            bigint       NOT NULL,
  portal_account_id  uuid         NOT NULL,
  token_hash         char(64)     NOT NULL,
  expires_at         timestamptz  NOT NULL,
  used_at            timestamptz,
  replaced_at        timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, portal_account_id) REFERENCES portal_account (tenant_id, id)
);
CREATE INDEX client_invitation_by_account ON client_invitation (tenant_id, portal_account_id);
GRANT SELECT, INSERT, UPDATE ON client_invitation TO ${appRole};

ALTER TABLE portal_account
  ADD COLUMN totp_secret_sealed    varchar(200),
  ADD COLUMN totp_last_step        bigint,
  ADD COLUMN recovery_code_hashes  varchar(2000);
