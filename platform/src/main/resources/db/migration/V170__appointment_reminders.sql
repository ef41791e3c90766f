-- Appointment reminders (issue 15): each practice's lead times, and which reminder of which
-- appointment went out (one row per appointment and lead time, so two instances never both send).

CREATE TABLE appointment_settings (
  tenant_id              uuid      NOT NULL REFERENCES practice (id),
  id                     uuid      NOT NULL,
  version                bigint    NOT NULL,
  -- Hours before the start; null turns that reminder off.
  first_reminder_hours   integer   CHECK (first_reminder_hours BETWEEN 1 AND 336),
  second_reminder_hours  integer   CHECK (second_reminder_hours BETWEEN 1 AND 336),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON appointment_settings TO ${appRole};

CREATE TABLE appointment_reminder (
  tenant_id       uuid         NOT NULL,
  id              uuid         NOT NULL,
  version         bigint       NOT NULL,
  appointment_id  uuid         NOT NULL,
  lead_hours      integer      NOT NULL,
  -- False when the lead time had passed before the appointment was booked: nothing was mailed.
  mailed          boolean      NOT NULL,
  decided_at      timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, appointment_id, lead_hours),
  FOREIGN KEY (tenant_id, appointment_id) REFERENCES appointment (tenant_id, id)
);
GRANT SELECT, INSERT ON appointment_reminder TO ${appRole};

-- Reminders read the booked appointments starting soon.
CREATE INDEX appointment_by_start ON appointment (tenant_id, starts_at) WHERE status = 'BOOKED';
