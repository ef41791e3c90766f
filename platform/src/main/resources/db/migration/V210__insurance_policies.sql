-- Insurance policies (issue 16): what a client, or a contact acting for them, enters in the portal,
-- and what staff checked. The card photos are General Documents (sealed like every document); the
-- policy points at them. Several policies per client, ranked primary, secondary, tertiary; only one
-- policy in use per rank.

CREATE TABLE insurance_policy (
  tenant_id                uuid          NOT NULL REFERENCES practice (id),
  id                       uuid          NOT NULL,
  version                  bigint        NOT NULL,
  client_id                uuid          NOT NULL,
  policy_rank              varchar(16)   NOT NULL,
  payer_name               varchar(120)  NOT NULL,
  member_id                varchar(40)   NOT NULL,
  group_number             varchar(40),
  subscriber_name          varchar(120)  NOT NULL,
  subscriber_relationship  varchar(16)   NOT NULL,
  subscriber_birth_date    date,
  front_card_id            uuid,
  back_card_id             uuid,
  status                   varchar(16)   NOT NULL,
  status_note              varchar(500),
  submitted_by             varchar(320)  NOT NULL,
  submitted_on_behalf      boolean       NOT NULL,
  submitted_at             timestamptz   NOT NULL,
  reviewed_by              varchar(320),
  reviewed_at              timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, front_card_id) REFERENCES general_document (tenant_id, id),
  FOREIGN KEY (tenant_id, back_card_id) REFERENCES general_document (tenant_id, id)
);
CREATE INDEX insurance_policy_by_client ON insurance_policy (tenant_id, client_id, policy_rank);
-- A practice bills one payer per rank at a time.
CREATE UNIQUE INDEX insurance_policy_active_rank
  ON insurance_policy (tenant_id, client_id, policy_rank) WHERE status = 'ACTIVE';
GRANT SELECT, INSERT, UPDATE ON insurance_policy TO ${appRole};
