-- The services a practice offers and the places it offers them. Rows are archived rather than
-- deleted once anything refers to them, so history keeps its meaning.

CREATE TABLE service_type (
  tenant_id         uuid          NOT NULL REFERENCES practice (id),
  id                uuid          NOT NULL,
  version           bigint        NOT NULL,
  name              varchar(120)  NOT NULL,
  duration_minutes  integer       NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  rate_cents        bigint        NOT NULL CHECK (rate_cents BETWEEN 0 AND 10000000),
  currency          char(3)       NOT NULL CHECK (currency = 'USD'),
  billing_code      varchar(5),
  archived          boolean       NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON service_type TO ${appRole};

CREATE TABLE location (
  tenant_id  uuid          NOT NULL REFERENCES practice (id),
  id         uuid          NOT NULL,
  version    bigint        NOT NULL,
  name       varchar(120)  NOT NULL,
  kind       varchar(16)   NOT NULL CHECK (kind IN ('OFFICE', 'TELEHEALTH')),
  address    varchar(300),
  archived   boolean       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK ((kind = 'OFFICE') = (address IS NOT NULL))
);
GRANT SELECT, INSERT, UPDATE, DELETE ON location TO ${appRole};
