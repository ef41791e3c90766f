-- Staff administration: custom roles and their assignment, the practice's default permissions,
-- single-use staff invitations and the number of staff seats. Capability sets are stored as
-- comma-separated capability names (small, read whole, never queried by member).

CREATE TABLE custom_role (
  tenant_id     uuid          NOT NULL REFERENCES practice (id),
  id            uuid          NOT NULL,
  version       bigint        NOT NULL,
  name          varchar(60)   NOT NULL,
  capabilities  varchar(1000) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON custom_role TO ${appRole};

CREATE TABLE custom_role_assignment (
  tenant_id  uuid    NOT NULL REFERENCES practice (id),
  id         uuid    NOT NULL,
  version    bigint  NOT NULL,
  staff_id   uuid    NOT NULL,
  role_id    uuid    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, staff_id, role_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, role_id) REFERENCES custom_role (tenant_id, id) ON DELETE CASCADE
);
GRANT SELECT, INSERT, UPDATE, DELETE ON custom_role_assignment TO ${appRole};

-- One row per practice at most; absent means "nothing added by hand yet" (an empty set).
CREATE TABLE default_permissions (
  tenant_id     uuid          NOT NULL REFERENCES practice (id),
  id            uuid          NOT NULL,
  version       bigint        NOT NULL,
  capabilities  varchar(1000) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON default_permissions TO ${appRole};

-- One row per practice at most; absent means the default number of seats.
CREATE TABLE staff_subscription (
  tenant_id  uuid     NOT NULL REFERENCES practice (id),
  id         uuid     NOT NULL,
  version    bigint   NOT NULL,
  seats      integer  NOT NULL CHECK (seats BETWEEN 1 AND 10000),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON staff_subscription TO ${appRole};

-- Only the SHA-256 of the emailed token is kept: a database reader cannot accept an invitation.
CREATE TABLE staff_invitation (
  tenant_id   uuid         NOT NULL REFERENCES practice (id),
  id          uuid         NOT NULL,
  version     bigint       NOT NULL,
  staff_id    uuid         NOT NULL,
  token_hash  char(64)     NOT NULL,
  expires_at  timestamptz  NOT NULL,
  used_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE CASCADE
);
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_invitation TO ${appRole};
