-- Couple and family sessions (issue 15): an appointment's first client stays in appointment.client_id
-- (so single-client readers keep working); every further client is a row here. Each participant
-- sees the appointment in their portal and feed; nobody else's portal does.
CREATE TABLE appointment_client (
  tenant_id       uuid  NOT NULL REFERENCES practice (id),
  id              uuid  NOT NULL,
  version         bigint NOT NULL,
  appointment_id  uuid  NOT NULL,
  client_id       uuid  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, appointment_id, client_id),
  FOREIGN KEY (tenant_id, appointment_id) REFERENCES appointment (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
CREATE INDEX appointment_client_by_client ON appointment_client (tenant_id, client_id);
GRANT SELECT, INSERT ON appointment_client TO ${appRole};
