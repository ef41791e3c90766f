-- What someone has typed but not yet sent (issue 14), kept on the server so that leaving a page
-- loses nothing, and never in the browser (phones are shared). One draft per account and
-- conversation (a reply), or per account and client (a new conversation, conversation_id null).
-- Subject and body are sealed with the practice's data key like messages; a draft is deleted
-- when its message is sent.

CREATE TABLE message_draft (
  tenant_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  version          bigint      NOT NULL,
  -- A staff member's or a portal login's id.
  owner_id         uuid        NOT NULL,
  client_id        uuid        NOT NULL,
  conversation_id  uuid,
  key_id           uuid        NOT NULL,
  subject_sealed   bytea,
  body_sealed      bytea       NOT NULL,
  saved_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES practice_data_key (tenant_id, id)
);
CREATE UNIQUE INDEX message_draft_of_reply
  ON message_draft (tenant_id, owner_id, conversation_id) WHERE conversation_id IS NOT NULL;
CREATE UNIQUE INDEX message_draft_of_new_conversation
  ON message_draft (tenant_id, owner_id, client_id) WHERE conversation_id IS NULL;
GRANT SELECT, INSERT, UPDATE, DELETE ON message_draft TO ${appRole};
