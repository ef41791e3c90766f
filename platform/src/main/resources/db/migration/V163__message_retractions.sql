-- A sender taking back their own message within a short window (issue 14). The message itself
-- stays as it was sent (its table grants no update); a retraction is a record of its own, written
-- once: who retracted which message, and when. Pages show the mark instead of the body; the
-- sealed original remains for the practice's records.

CREATE TABLE message_retraction (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  version          bigint       NOT NULL,
  message_id       uuid         NOT NULL,
  conversation_id  uuid         NOT NULL,
  -- The sender's account id, and their name as shown when they retracted.
  retracted_by     uuid         NOT NULL,
  retracted_by_name varchar(200) NOT NULL,
  retracted_at     timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  -- A message is retracted at most once.
  UNIQUE (tenant_id, message_id),
  FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id),
  FOREIGN KEY (tenant_id, conversation_id) REFERENCES conversation (tenant_id, id)
);
-- Live updates ask for a conversation's retractions since a moment.
CREATE INDEX message_retraction_by_conversation
  ON message_retraction (tenant_id, conversation_id, retracted_at);
GRANT SELECT, INSERT ON message_retraction TO ${appRole};
