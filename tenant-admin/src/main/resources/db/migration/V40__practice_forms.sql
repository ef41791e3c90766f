-- The practice's own form definitions (intake and dynamic). A form keeps at most one editable
-- draft; each publication adds an immutable version row sealed with the engine's SHA-256, and
-- versions are never updated or deleted, so every submission can find the exact version it answered.

CREATE TABLE practice_form (
  tenant_id       uuid          NOT NULL REFERENCES practice (id),
  id              uuid          NOT NULL,
  version         bigint        NOT NULL,
  form_key        varchar(64)   NOT NULL,
  title           varchar(200)  NOT NULL,
  kind            varchar(16)   NOT NULL,
  archived        boolean       NOT NULL DEFAULT false,
  draft_json      text,
  latest_version  integer       NOT NULL DEFAULT 0,
  created_at      timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, form_key)
);
GRANT SELECT, INSERT, UPDATE ON practice_form TO ${appRole};

CREATE TABLE practice_form_version (
  tenant_id        uuid          NOT NULL,
  id               uuid          NOT NULL,
  version          bigint        NOT NULL,
  form_id          uuid          NOT NULL,
  form_key         varchar(64)   NOT NULL,
  number           integer       NOT NULL,
  kind             varchar(16)   NOT NULL,
  definition_json  text          NOT NULL,
  sha256           char(64)      NOT NULL,
  published_at     timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, form_id, number),
  FOREIGN KEY (tenant_id, form_id) REFERENCES practice_form (tenant_id, id)
);
-- No UPDATE or DELETE: a published version is immutable for the application role.
GRANT SELECT, INSERT ON practice_form_version TO ${appRole};
