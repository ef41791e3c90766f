-- General Documents: each practice's data keys (wrapped by the installation's master key), the
-- documents' metadata, and their sealed content in a table of its own so that lists never read it.

CREATE TABLE practice_data_key (
  tenant_id    uuid         NOT NULL REFERENCES practice (id),
  id           uuid         NOT NULL,
  version      bigint       NOT NULL,
  -- The key sealed by the master key (Sealer's text form), bound to the practice and key id.
  wrapped_key  varchar(200) NOT NULL,
  created_at   timestamptz  NOT NULL,
  -- A retired key seals nothing new but still opens what it sealed (key rotation).
  retired_at   timestamptz,
  PRIMARY KEY (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON practice_data_key TO ${appRole};

CREATE TABLE general_document (
  tenant_id     uuid         NOT NULL REFERENCES practice (id),
  id            uuid         NOT NULL,
  version       bigint       NOT NULL,
  client_id     uuid         NOT NULL,
  kind          varchar(24)  NOT NULL,
  title         varchar(200) NOT NULL,
  file_name     varchar(120) NOT NULL,
  content_type  varchar(64)  NOT NULL,
  size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
  sha256        char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  key_id        uuid         NOT NULL,
  added_at      timestamptz  NOT NULL,
  added_by      varchar(200) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES practice_data_key (tenant_id, id)
);
CREATE INDEX general_document_by_client ON general_document (tenant_id, client_id, added_at DESC);
-- Documents are records: the application adds and reads them, never changes or removes them.
GRANT SELECT, INSERT ON general_document TO ${appRole};

CREATE TABLE general_document_content (
  tenant_id    uuid    NOT NULL,
  id           uuid    NOT NULL,
  version      bigint  NOT NULL,
  document_id  uuid    NOT NULL,
  -- AES-256-GCM: 12-byte nonce, ciphertext, 16-byte tag.
  sealed       bytea   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, document_id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES general_document (tenant_id, id)
);
GRANT SELECT, INSERT ON general_document_content TO ${appRole};
