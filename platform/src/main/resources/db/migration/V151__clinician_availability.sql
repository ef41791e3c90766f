-- A clinician's availability (issue 15): weekly hours per location on the practice's wall clock,
-- and time off. Open slots are what these allow less the appointments holding time.

CREATE TABLE clinician_hours (
  tenant_id     uuid      NOT NULL REFERENCES practice (id),
  id            uuid      NOT NULL,
  version       bigint    NOT NULL,
  clinician_id  uuid      NOT NULL,
  -- ISO day of the week: Monday 1 to Sunday 7.
  weekday       smallint  NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_at     time      NOT NULL,
  ends_at       time      NOT NULL,
  location_id   uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
  CHECK (ends_at > starts_at)
);
CREATE INDEX clinician_hours_by_clinician ON clinician_hours (tenant_id, clinician_id, weekday);
-- The week is replaced as a whole when it changes.
GRANT SELECT, INSERT, DELETE ON clinician_hours TO ${appRole};

CREATE TABLE clinician_time_off (
  tenant_id     uuid          NOT NULL REFERENCES practice (id),
  id            uuid          NOT NULL,
  version       bigint        NOT NULL,
  clinician_id  uuid          NOT NULL,
  starts_at     timestamptz   NOT NULL,
  ends_at       timestamptz   NOT NULL,
  note          varchar(200),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id),
  CHECK (ends_at > starts_at)
);
CREATE INDEX clinician_time_off_by_clinician
  ON clinician_time_off (tenant_id, clinician_id, ends_at);
GRANT SELECT, INSERT, DELETE ON clinician_time_off TO ${appRole};

-- Open slots read a clinician's held time over a range.
CREATE INDEX appointment_by_clinician ON appointment (tenant_id, clinician_id, starts_at);

-- The clinician's video room: the link a client follows to a telehealth appointment.
CREATE TABLE clinician_video_room (
  tenant_id     uuid          NOT NULL REFERENCES practice (id),
  id            uuid          NOT NULL,
  version       bigint        NOT NULL,
  clinician_id  uuid          NOT NULL,
  url           varchar(500)  NOT NULL CHECK (url LIKE 'https://%'),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, clinician_id),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON clinician_video_room TO ${appRole};
