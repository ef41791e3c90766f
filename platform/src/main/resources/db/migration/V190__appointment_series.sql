-- Recurring appointments (issue 15): a series is the rule (weekly or every two weeks, on the
-- practice's wall clock) and its occurrences are ordinary appointment rows pointing at it, so the
-- clinician's exclusion constraint, reminders and feeds treat each occurrence like any appointment.
CREATE TABLE appointment_series (
  tenant_id       uuid          NOT NULL REFERENCES practice (id),
  id              uuid          NOT NULL,
  version         bigint        NOT NULL,
  interval_weeks  integer       NOT NULL CHECK (interval_weeks IN (1, 2)),
  zone            varchar(64)   NOT NULL,
  created_at      timestamptz   NOT NULL,
  created_by      varchar(320)  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON appointment_series TO ${appRole};

ALTER TABLE appointment ADD COLUMN series_id uuid;
ALTER TABLE appointment
  ADD FOREIGN KEY (tenant_id, series_id) REFERENCES appointment_series (tenant_id, id);
CREATE INDEX appointment_by_series ON appointment (tenant_id, series_id, starts_at)
  WHERE series_id IS NOT NULL;
