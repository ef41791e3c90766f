-- Vendor template packs a practice installed. The uploaded zip is kept as it was validated, so
-- the pack can be loaded (and validated again) by any instance; the built-in pack comes from the
-- class path and has no row.

CREATE TABLE installed_pack (
  tenant_id     uuid          NOT NULL REFERENCES practice (id),
  id            uuid          NOT NULL,
  version       bigint        NOT NULL,
  pack_key      varchar(64)   NOT NULL,
  name          varchar(200)  NOT NULL,
  vendor        varchar(200)  NOT NULL,
  pack_version  varchar(40)   NOT NULL,
  licence       varchar(200)  NOT NULL,
  archive       bytea         NOT NULL,
  sha256        char(64)      NOT NULL,
  installed_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, pack_key)
);
GRANT SELECT, INSERT, DELETE ON installed_pack TO ${appRole};
