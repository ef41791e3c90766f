-- What a superbill prints of each session (issue 16): the CPT code of its service type, when the
-- session was and who saw the client, kept on the charge when it is posted (the ledger is
-- append-only, and a later change of a service type's code must not rewrite what was billed). And
-- each clinician's individual NPI, kept by billing.
ALTER TABLE ledger_entry
  ADD COLUMN service_code varchar(5) CHECK (service_code ~ '^[0-9]{4}[0-9FT]$'),
  ADD COLUMN service_at   timestamptz,
  ADD COLUMN clinician_id uuid;

CREATE TABLE clinician_npi (
  tenant_id  uuid         NOT NULL REFERENCES practice (id),
  id         uuid         NOT NULL,
  version       bigint       NOT NULL,
  clinician_id  uuid         NOT NULL,
  npi           varchar(10)  NOT NULL CHECK (npi ~ '^[0-9]{10}$'),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, clinician_id)
);
GRANT SELECT, INSERT, UPDATE ON clinician_npi TO ${appRole};
