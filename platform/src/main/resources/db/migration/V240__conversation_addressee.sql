-- Staff may write to one person about a client (issue 14): a parent about scheduling, the client
-- alone. Such a conversation is between the care team and that login only; the name is kept as it
-- was when the conversation started, like a sender's. Without an addressee, everyone whose link
-- permits messages takes part, as before.

ALTER TABLE conversation
  ADD COLUMN addressee_account_id uuid,
  ADD COLUMN addressee_label      varchar(300),
  ADD FOREIGN KEY (tenant_id, addressee_account_id) REFERENCES portal_account (tenant_id, id),
  ADD CHECK ((addressee_account_id IS NULL) = (addressee_label IS NULL));
