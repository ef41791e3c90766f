-- Staff inbox triage (issue 14): who a conversation is assigned to, whether it is done (a new
-- message from the client's side reopens it) and whether it is flagged. Each filter has an index
-- leading with the practice and ending in the inbox order, so filtered pages stay keyset pages.

ALTER TABLE conversation
  ADD COLUMN assigned_to uuid,
  ADD COLUMN done_at     timestamptz,
  ADD COLUMN flagged     boolean NOT NULL DEFAULT false,
  ADD FOREIGN KEY (tenant_id, assigned_to) REFERENCES staff_member (tenant_id, id);

CREATE INDEX conversation_by_assignee
  ON conversation (tenant_id, assigned_to, last_message_at DESC, id DESC)
  WHERE assigned_to IS NOT NULL;
CREATE INDEX conversation_flagged
  ON conversation (tenant_id, last_message_at DESC, id DESC) WHERE flagged;
CREATE INDEX conversation_open
  ON conversation (tenant_id, last_message_at DESC, id DESC) WHERE done_at IS NULL;
