-- A client's diagnoses as ICD-10-CM codes (issue 16), entered by their clinician (or a biller from
-- the clinician's note) for superbills. A removed code stays, with who removed it and when, so a
-- superbill printed before still matches the record.
CREATE TABLE client_diagnosis (
  tenant_id    uuid          NOT NULL REFERENCES practice (id),
  id           uuid          NOT NULL,
  version      bigint        NOT NULL,
  client_id    uuid          NOT NULL,
  code         varchar(8)    NOT NULL CHECK (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
  description  varchar(200)  NOT NULL,
  entered_by   varchar(320)  NOT NULL,
  entered_at   timestamptz   NOT NULL,
  removed_by   varchar(320),
  removed_at   timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE INDEX client_diagnosis_by_client ON client_diagnosis (tenant_id, client_id, entered_at);
GRANT SELECT, INSERT, UPDATE ON client_diagnosis TO ${appRole};
