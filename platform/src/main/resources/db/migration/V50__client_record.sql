-- The rest of the client record staff keep: pronouns, contact details, address, emergency
-- contact, assigned clinician and status.

ALTER TABLE client
  ADD COLUMN pronouns                      varchar(40),
  ADD COLUMN email                         varchar(254),
  ADD COLUMN phone                         varchar(32),
  ADD COLUMN address_line1                 varchar(120),
  ADD COLUMN address_line2                 varchar(120),
  ADD COLUMN city                          varchar(80),
  ADD COLUMN region                        varchar(40),
  ADD COLUMN postal_code                   varchar(16),
  ADD COLUMN emergency_contact_name        varchar(120),
  ADD COLUMN emergency_contact_phone       varchar(32),
  ADD COLUMN emergency_contact_relationship varchar(40),
  ADD COLUMN clinician_id                  uuid,
  ADD COLUMN status                        varchar(16) NOT NULL DEFAULT 'ACTIVE',
  ADD CONSTRAINT client_clinician_fk FOREIGN KEY (tenant_id, clinician_id)
    REFERENCES staff_member (tenant_id, id);

CREATE INDEX client_by_name ON client (tenant_id, lower(legal_last_name), lower(legal_first_name));
