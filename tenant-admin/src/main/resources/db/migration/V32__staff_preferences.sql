-- Each staff member's own choices: the service types they offer, the locations they work at and
-- which notifications they receive. Every reference carries tenant_id, so a row can never point
-- into another practice.

CREATE TABLE staff_notification_preferences (
  tenant_id              uuid     NOT NULL REFERENCES practice (id),
  id                     uuid     NOT NULL,
  version                bigint   NOT NULL,
  staff_id               uuid     NOT NULL,
  new_secure_message                  boolean  NOT NULL,
  intake_completed                    boolean  NOT NULL,
  appointment_requested_or_cancelled  boolean  NOT NULL,
  payment_received                    boolean  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, staff_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON staff_notification_preferences TO ${appRole};

CREATE TABLE staff_service_offer (
  tenant_id        uuid    NOT NULL REFERENCES practice (id),
  id               uuid    NOT NULL,
  version          bigint  NOT NULL,
  staff_id         uuid    NOT NULL,
  service_type_id  uuid    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, staff_id, service_type_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, service_type_id) REFERENCES service_type (tenant_id, id)
);
CREATE INDEX staff_service_offer_by_type ON staff_service_offer (tenant_id, service_type_id);
GRANT SELECT, INSERT, DELETE ON staff_service_offer TO ${appRole};

CREATE TABLE staff_work_location (
  tenant_id    uuid    NOT NULL REFERENCES practice (id),
  id           uuid    NOT NULL,
  version      bigint  NOT NULL,
  staff_id     uuid    NOT NULL,
  location_id  uuid    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, staff_id, location_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE INDEX staff_work_location_by_location ON staff_work_location (tenant_id, location_id);
GRANT SELECT, INSERT, DELETE ON staff_work_location TO ${appRole};
