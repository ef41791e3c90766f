-- Files attached to secure messages (issue 14): PDF, PNG or JPEG up to 20 MiB each, checked by
-- content and sealed with the practice's data key like General Documents, bound to their
-- conversation, message and own id. A message and its files are written once and never changed.

CREATE TABLE message_attachment (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  version          bigint       NOT NULL,
  conversation_id  uuid         NOT NULL,
  message_id       uuid         NOT NULL,
  -- Cleaned of paths and control characters, ending in the extension of the real type.
  file_name        varchar(120) NOT NULL,
  content_type     varchar(40)  NOT NULL
    CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes       bigint       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
  -- Of the plaintext: a download is checked against it.
  sha256           char(64)     NOT NULL,
  key_id           uuid         NOT NULL,
  -- AES-256-GCM: 12-byte nonce, ciphertext, 16-byte tag.
  sealed           bytea        NOT NULL,
  added_at         timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES practice_data_key (tenant_id, id)
);
-- A page of messages lists its files by conversation and message.
CREATE INDEX message_attachment_by_message
  ON message_attachment (tenant_id, conversation_id, message_id);
GRANT SELECT, INSERT ON message_attachment TO ${appRole};

-- An attachment staff filed into the client's General Documents: at most once, so filing again
-- answers with the document already filed instead of making a second copy.
CREATE TABLE message_attachment_filing (
  tenant_id      uuid         NOT NULL,
  id             uuid         NOT NULL,
  version        bigint       NOT NULL,
  attachment_id  uuid         NOT NULL,
  document_id    uuid         NOT NULL,
  filed_by       varchar(200) NOT NULL,
  filed_at       timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, attachment_id),
  FOREIGN KEY (tenant_id, attachment_id) REFERENCES message_attachment (tenant_id, id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES general_document (tenant_id, id)
);
GRANT SELECT, INSERT ON message_attachment_filing TO ${appRole};
