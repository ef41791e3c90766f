-- Rooms of a location (issue 15). An appointment may take a room; like a clinician's time, a
-- room's time is kept by the database: the exclusion constraint refuses a second requested or
-- booked appointment in the same room overlapping the first, also when two desks race for it.
CREATE TABLE room (
  tenant_id    uuid          NOT NULL REFERENCES practice (id),
  id           uuid          NOT NULL,
  version      bigint        NOT NULL,
  location_id  uuid          NOT NULL,
  name         varchar(80)   NOT NULL,
  archived     boolean       NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE UNIQUE INDEX room_name_per_location ON room (tenant_id, location_id, lower(name));
GRANT SELECT, INSERT, UPDATE ON room TO ${appRole};

ALTER TABLE appointment ADD COLUMN room_id uuid;
ALTER TABLE appointment ADD FOREIGN KEY (tenant_id, room_id) REFERENCES room (tenant_id, id);
ALTER TABLE appointment ADD CONSTRAINT appointment_room_free EXCLUDE USING gist (
  tenant_id WITH =,
  room_id WITH =,
  tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status IN ('REQUESTED', 'BOOKED') AND room_id IS NOT NULL);
