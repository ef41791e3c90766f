-- Each practice's messaging settings (issue 14): one row, written the first time an administrator
-- saves; until then the application's defaults answer (messaging on, clients write to their
-- clinician and the front desk, no auto-reply, weekdays 9 to 5, the 988 crisis notice).

CREATE TABLE messaging_settings (
  tenant_id      uuid          NOT NULL REFERENCES practice (id),
  id             uuid          NOT NULL,
  version        bigint        NOT NULL,
  enabled        boolean       NOT NULL,
  recipients     varchar(32)   NOT NULL
                 CHECK (recipients IN ('CLINICIAN', 'CLINICIAN_AND_FRONT_DESK')),
  auto_reply     varchar(1000) NOT NULL,
  -- ISO weekdays as bits: Monday is 1, Sunday is 64; read in the practice's time zone.
  office_days    smallint      NOT NULL CHECK (office_days BETWEEN 1 AND 127),
  office_opens   time          NOT NULL,
  office_closes  time          NOT NULL CHECK (office_closes > office_opens),
  -- Mandatory: the notice above every compose box can be changed, never emptied.
  crisis_notice  varchar(1000) NOT NULL CHECK (length(btrim(crisis_notice)) > 0),
  changed_at     timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON messaging_settings TO ${appRole};

-- The practice's automatic reply is a message from the practice, sent at most once a conversation.
ALTER TABLE message DROP CONSTRAINT message_sender_kind_check;
ALTER TABLE message ADD CONSTRAINT message_sender_kind_check
  CHECK (sender_kind IN ('STAFF', 'PORTAL', 'PRACTICE'));
ALTER TABLE conversation ADD COLUMN auto_replied_at timestamptz;
