-- The transactional mail outbox: a message is written in the transaction of the change that causes
-- it and sent afterwards by a background sender on any instance. Row-level security (forced
-- tenant_isolation) is switched on by afterMigrate.sql like on every table with a tenant_id.
-- Column lengths match the constants of org.foyer.core.mail.OutboxMessage.

CREATE TABLE outbox_message (
  tenant_id        uuid            NOT NULL REFERENCES practice (id),
  id               uuid            NOT NULL,
  version          bigint          NOT NULL,
  kind             varchar(40)     NOT NULL,
  recipient        varchar(254)    NOT NULL,
  subject          varchar(200)    NOT NULL,
  text_body        varchar(20000)  NOT NULL,
  html_body        varchar(100000),
  status           varchar(16)     NOT NULL
                   CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
  attempts         integer         NOT NULL CHECK (attempts >= 0),
  next_attempt_at  timestamptz     NOT NULL,
  last_error       varchar(500),
  created_at       timestamptz     NOT NULL,
  sent_at          timestamptz,
  PRIMARY KEY (tenant_id, id),
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

-- The sender's claim: due messages of one practice, oldest due first. Partial, so sent mail
-- (the bulk of the table over time) does not weigh on it.
CREATE INDEX outbox_message_due ON outbox_message (tenant_id, next_attempt_at)
  WHERE status IN ('QUEUED', 'SENDING');
-- The development mail viewer and support's "what did we send" look-ups.
CREATE INDEX outbox_message_recent ON outbox_message (tenant_id, created_at DESC);

-- Messages are never deleted by the application: a FAILED message stays visible.
GRANT SELECT, INSERT, UPDATE ON outbox_message TO ${appRole};
