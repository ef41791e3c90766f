-- Issue 15, the rest of appointments: the practice's booking rules (intake before the first booking,
-- how long a waitlist offer stays open), service types offered for online booking, a client's own
-- time zone, and the automatic waitlist. The rules and the online flags are appointment settings,
-- kept by the appointments feature next to its reminder settings: the catalogue's and the portal
-- settings' tables belong to tenant-admin, whose schema its own migrations build.
CREATE TABLE appointment_booking_rules (
  tenant_id                    uuid     NOT NULL REFERENCES practice (id),
  id                           uuid     NOT NULL,
  version                      bigint   NOT NULL,
  intake_before_first_booking  boolean  NOT NULL,
  waitlist_claim_hours         integer  NOT NULL CHECK (waitlist_claim_hours BETWEEN 1 AND 72),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON appointment_booking_rules TO ${appRole};

-- A service type clients may not book themselves; without a row a type is offered online, so the
-- practice's existing types stay bookable in the portal, as they were.
CREATE TABLE appointment_online_service (
  tenant_id        uuid     NOT NULL REFERENCES practice (id),
  id               uuid     NOT NULL,
  version          bigint   NOT NULL,
  service_type_id  uuid     NOT NULL,
  offered_online   boolean  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, service_type_id),
  FOREIGN KEY (tenant_id, service_type_id) REFERENCES service_type (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON appointment_online_service TO ${appRole};

-- An IANA zone id (America/Denver); null means the practice's zone.
ALTER TABLE client ADD COLUMN time_zone varchar(64);

-- A client waiting for an earlier time with a clinician; one place per client and clinician.
CREATE TABLE waitlist_entry (
  tenant_id        uuid          NOT NULL REFERENCES practice (id),
  id               uuid          NOT NULL,
  version          bigint        NOT NULL,
  client_id        uuid          NOT NULL,
  clinician_id     uuid          NOT NULL,
  service_type_id  uuid,
  wanted_by        date,
  joined_at        timestamptz   NOT NULL,
  joined_by        varchar(320)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, client_id, clinician_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, service_type_id) REFERENCES service_type (tenant_id, id)
);
CREATE INDEX waitlist_by_clinician ON waitlist_entry (tenant_id, clinician_id, joined_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON waitlist_entry TO ${appRole};

-- A freed time offered to one waiting client. All offers of one freed appointment share
-- freed_appointment_id; the first claim books it and the others become GONE.
CREATE TABLE waitlist_offer (
  tenant_id             uuid          NOT NULL REFERENCES practice (id),
  id                    uuid          NOT NULL,
  version               bigint        NOT NULL,
  freed_appointment_id  uuid          NOT NULL,
  client_id             uuid          NOT NULL,
  clinician_id          uuid          NOT NULL,
  service_type_id       uuid          NOT NULL,
  location_id           uuid,
  starts_at             timestamptz   NOT NULL,
  queue_position        integer       NOT NULL,
  offered_at            timestamptz   NOT NULL,
  open_until            timestamptz   NOT NULL,
  status                varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'GONE')),
  claimed_appointment_id uuid,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, freed_appointment_id, client_id),
  FOREIGN KEY (tenant_id, freed_appointment_id) REFERENCES appointment (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, service_type_id) REFERENCES service_type (tenant_id, id)
);
CREATE INDEX waitlist_offer_by_client ON waitlist_offer (tenant_id, client_id, open_until);
GRANT SELECT, INSERT, UPDATE ON waitlist_offer TO ${appRole};
