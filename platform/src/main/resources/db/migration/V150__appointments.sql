-- Appointments. A clinician's time is kept by the database itself: the exclusion constraint
-- refuses a second requested or booked appointment of the same clinician overlapping the first,
-- so two requests racing for one time cannot both be booked. Cancelled, late-cancelled, no-show
-- and attended appointments are history and hold no time. btree_gist lets the constraint compare
-- the practice and clinician ids with = next to the time ranges; it is a trusted extension, so the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE appointment (
  tenant_id        uuid          NOT NULL REFERENCES practice (id),
  id               uuid          NOT NULL,
  version          bigint        NOT NULL,
  client_id        uuid          NOT NULL,
  clinician_id     uuid          NOT NULL,
  service_type_id  uuid          NOT NULL,
  location_id      uuid,
  starts_at        timestamptz   NOT NULL,
  ends_at          timestamptz   NOT NULL,
  status           varchar(16)   NOT NULL
    CHECK (status IN ('REQUESTED', 'BOOKED', 'CANCELLED', 'LATE_CANCELLED', 'NO_SHOW',
                      'ATTENDED')),
  staff_notes      varchar(2000),
  created_at       timestamptz   NOT NULL,
  created_by       varchar(320)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, service_type_id) REFERENCES service_type (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  CHECK (ends_at > starts_at),
  CONSTRAINT appointment_clinician_free EXCLUDE USING gist (
    tenant_id WITH =,
    clinician_id WITH =,
    tstzrange(starts_at, ends_at, '[)') WITH &&
  ) WHERE (status IN ('REQUESTED', 'BOOKED'))
);
CREATE INDEX appointment_by_client ON appointment (tenant_id, client_id, starts_at DESC);
GRANT SELECT, INSERT, UPDATE ON appointment TO ${appRole};
