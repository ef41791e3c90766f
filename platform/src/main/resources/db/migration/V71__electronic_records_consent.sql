-- Each portal login's acceptance of the consent to electronic records and signatures: which
-- version, the hash of the exact text shown, when, and from where. Append-only.

CREATE TABLE consent_acceptance (
  tenant_id          uuid         NOT NULL REFERENCES practice (id),
  id                 uuid         NOT NULL,
  version            bigint       NOT NULL,
  portal_account_id  uuid         NOT NULL,
  consent_version    integer      NOT NULL,
  language           varchar(8)   NOT NULL,
  text_sha256        char(64)     NOT NULL,
  accepted_at        timestamptz  NOT NULL,
  address            varchar(64),
  user_agent         varchar(300),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, portal_account_id) REFERENCES portal_account (tenant_id, id)
);
CREATE INDEX consent_acceptance_by_account ON consent_acceptance (tenant_id, portal_account_id);
GRANT SELECT, INSERT ON consent_acceptance TO ${appRole};
