-- Named intake packets (adult, minor, couples...) with ordered items. An item names a template
-- pack form (pack key, form key, version) or a published practice form version.

CREATE TABLE intake_packet (
  tenant_id   uuid          NOT NULL REFERENCES practice (id),
  id          uuid          NOT NULL,
  version     bigint        NOT NULL,
  name        varchar(80)   NOT NULL,
  is_default  boolean       NOT NULL DEFAULT false,
  archived    boolean       NOT NULL DEFAULT false,
  created_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
-- At most one default packet per practice, enforced by the database as well as the service.
CREATE UNIQUE INDEX intake_packet_one_default ON intake_packet (tenant_id) WHERE is_default;
GRANT SELECT, INSERT, UPDATE ON intake_packet TO ${appRole};

CREATE TABLE intake_packet_item (
  tenant_id            uuid          NOT NULL,
  id                   uuid          NOT NULL,
  version              bigint        NOT NULL,
  packet_id            uuid          NOT NULL,
  position             integer       NOT NULL,
  source               varchar(16)   NOT NULL,
  pack_key             varchar(64),
  form_key             varchar(64)   NOT NULL,
  form_version         integer       NOT NULL,
  practice_version_id  uuid,
  title                varchar(200)  NOT NULL,
  included             boolean       NOT NULL DEFAULT true,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, packet_id) REFERENCES intake_packet (tenant_id, id),
  FOREIGN KEY (tenant_id, practice_version_id) REFERENCES practice_form_version (tenant_id, id),
  CHECK ((source = 'PACK' AND pack_key IS NOT NULL AND practice_version_id IS NULL)
      OR (source = 'PRACTICE' AND pack_key IS NULL AND practice_version_id IS NOT NULL))
);
CREATE INDEX intake_packet_item_packet ON intake_packet_item (tenant_id, packet_id, position);
GRANT SELECT, INSERT, UPDATE, DELETE ON intake_packet_item TO ${appRole};
