-- The intake workflow: what was sent to a client (a packet, or a single form), one row per form
-- sent, pinned to the exact definition and its SHA-256, with the draft, the submission, its
-- scores and signatures, and the acknowledgment; and the signature marks (drawn images, typed
-- names) a submission's signatures refer to.

CREATE TABLE intake_assignment (
  tenant_id        uuid          NOT NULL REFERENCES practice (id),
  id               uuid          NOT NULL,
  version          bigint        NOT NULL,
  client_id        uuid          NOT NULL,
  packet_id        uuid,
  title            varchar(200)  NOT NULL,
  sent_by          varchar(254)  NOT NULL,
  sent_at          timestamptz   NOT NULL,
  packet_filed_at  timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, packet_id) REFERENCES intake_packet (tenant_id, id)
);
CREATE INDEX intake_assignment_by_client ON intake_assignment (tenant_id, client_id, sent_at);
GRANT SELECT, INSERT, UPDATE ON intake_assignment TO ${appRole};

CREATE TABLE intake_form (
  tenant_id               uuid          NOT NULL,
  id                      uuid          NOT NULL,
  version                 bigint        NOT NULL,
  assignment_id           uuid          NOT NULL,
  client_id               uuid          NOT NULL,
  position                integer       NOT NULL,
  source                  varchar(16)   NOT NULL,
  pack_key                varchar(64),
  form_key                varchar(64)   NOT NULL,
  form_version            integer       NOT NULL,
  practice_version_id     uuid,
  title                   varchar(200)  NOT NULL,
  definition_json         text          NOT NULL,
  definition_sha256       varchar(64)   NOT NULL,
  status                  varchar(16)   NOT NULL,
  sent_at                 timestamptz   NOT NULL,
  notified_at             timestamptz,
  reminders_sent          integer       NOT NULL DEFAULT 0,
  draft_answers           text,
  draft_typed             text,
  draft_saved_at          timestamptz,
  submitted_answers       text,
  scores_json             text,
  signatures_json         text,
  prefill_changes_json    text,
  taken_prefills          text,
  flagged                 boolean       NOT NULL DEFAULT false,
  submitted_by            varchar(254),
  submitted_on_behalf_of  varchar(200),
  submitted_from          varchar(64),
  submitted_at            timestamptz,
  acknowledged_by         varchar(254),
  acknowledged_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES intake_assignment (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, practice_version_id) REFERENCES practice_form_version (tenant_id, id),
  CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS', 'SUBMITTED', 'ACKNOWLEDGED')),
  CHECK ((source = 'PACK' AND pack_key IS NOT NULL AND practice_version_id IS NULL)
      OR (source = 'PRACTICE' AND pack_key IS NULL AND practice_version_id IS NOT NULL)),
  -- A submitted form always has its answers and submitter; the guard the service relies on.
  CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS')
      OR (submitted_answers IS NOT NULL AND submitted_at IS NOT NULL AND submitted_by IS NOT NULL))
);
CREATE INDEX intake_form_by_client ON intake_form (tenant_id, client_id, status);
CREATE INDEX intake_form_by_assignment ON intake_form (tenant_id, assignment_id, position);
CREATE INDEX intake_form_awaiting_review ON intake_form (tenant_id, submitted_at)
  WHERE status = 'SUBMITTED';
GRANT SELECT, INSERT, UPDATE ON intake_form TO ${appRole};

CREATE TABLE intake_signature_mark (
  tenant_id    uuid          NOT NULL,
  id           uuid          NOT NULL,
  version      bigint        NOT NULL,
  form_id      uuid          NOT NULL,
  media_type   varchar(40)   NOT NULL,
  content      bytea         NOT NULL,
  sha256       varchar(64)   NOT NULL,
  created_at   timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, form_id) REFERENCES intake_form (tenant_id, id)
);
CREATE INDEX intake_signature_mark_by_form ON intake_signature_mark (tenant_id, form_id);
GRANT SELECT, INSERT ON intake_signature_mark TO ${appRole};
