-- Clients, portal logins and the Client Contact Network linking them.

CREATE TABLE client (
  tenant_id         uuid        NOT NULL REFERENCES practice (id),
  id                uuid        NOT NULL,
  version           bigint      NOT NULL,
  legal_first_name  varchar(80) NOT NULL,
  legal_last_name   varchar(80) NOT NULL,
  preferred_name    varchar(80),
  date_of_birth     date        NOT NULL,
  minor             boolean     NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON client TO ${appRole};

CREATE TABLE portal_account (
  tenant_id      uuid         NOT NULL REFERENCES practice (id),
  id             uuid         NOT NULL,
  version        bigint       NOT NULL,
  email          varchar(254) NOT NULL,
  display_name   varchar(120) NOT NULL,
  password_hash  varchar(200),
  status         varchar(16)  NOT NULL,
  session_epoch  integer      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, email)
);
GRANT SELECT, INSERT, UPDATE ON portal_account TO ${appRole};

CREATE TABLE client_access (
  tenant_id          uuid        NOT NULL,
  id                 uuid        NOT NULL,
  version            bigint      NOT NULL,
  portal_account_id  uuid        NOT NULL,
  client_id          uuid        NOT NULL,
  relationship       varchar(24) NOT NULL,
  revoked_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, portal_account_id) REFERENCES portal_account (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
CREATE INDEX client_access_by_account ON client_access (tenant_id, portal_account_id);
GRANT SELECT, INSERT, UPDATE ON client_access TO ${appRole};
