-- Secure messaging (issue 14): conversations about one client, their messages (immutable once sent,
-- bodies sealed with the practice's data key like General Documents), each reader's read marker,
-- and when each recipient was last mailed about a conversation (notices are batched).

CREATE TABLE conversation (
  tenant_id       uuid         NOT NULL REFERENCES practice (id),
  id              uuid         NOT NULL,
  version         bigint       NOT NULL,
  client_id       uuid         NOT NULL,
  -- The subject is the client's words as much as a message is: sealed too (AES-256-GCM).
  key_id          uuid         NOT NULL,
  subject_sealed  bytea        NOT NULL,
  started_by      varchar(200) NOT NULL,
  started_at      timestamptz  NOT NULL,
  -- The newest message: inbox order and unread state without reading messages.
  last_message_at timestamptz  NOT NULL,
  -- Kept from the client's guardians: only staff and the client's own login see it.
  confidential_from_guardians boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES practice_data_key (tenant_id, id)
);
-- Keyset pages of an inbox (all, or one client's), newest activity first.
CREATE INDEX conversation_by_activity ON conversation (tenant_id, last_message_at DESC, id DESC);
CREATE INDEX conversation_by_client
  ON conversation (tenant_id, client_id, last_message_at DESC, id DESC);
GRANT SELECT, INSERT, UPDATE ON conversation TO ${appRole};

CREATE TABLE message (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  version          bigint       NOT NULL,
  conversation_id  uuid         NOT NULL,
  -- STAFF or PORTAL, and that account's id; the name is kept as it was when sent.
  sender_kind      varchar(16)  NOT NULL CHECK (sender_kind IN ('STAFF', 'PORTAL')),
  sender_id        uuid         NOT NULL,
  sender_email     varchar(200) NOT NULL,
  sender_name      varchar(200) NOT NULL,
  -- A contact writing for the client: "sender on behalf of client".
  on_behalf_of     uuid,
  key_id           uuid         NOT NULL,
  body_sealed      bytea        NOT NULL,
  sent_at          timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES practice_data_key (tenant_id, id)
);
-- Keyset pages of a conversation by (sent_at, id): a long conversation pages flat.
CREATE INDEX message_by_conversation ON message (tenant_id, conversation_id, sent_at, id);
-- Messages are records: sent once, never changed or removed by the application.
GRANT SELECT, INSERT ON message TO ${appRole};

CREATE TABLE conversation_read (
  tenant_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  version          bigint      NOT NULL,
  conversation_id  uuid        NOT NULL,
  -- A staff member's or a portal login's id.
  reader_id        uuid        NOT NULL,
  read_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, conversation_id, reader_id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON conversation_read TO ${appRole};

CREATE TABLE message_notice (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  version          bigint       NOT NULL,
  conversation_id  uuid         NOT NULL,
  recipient        varchar(254) NOT NULL,
  mailed_at        timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, conversation_id, recipient),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON message_notice TO ${appRole};
