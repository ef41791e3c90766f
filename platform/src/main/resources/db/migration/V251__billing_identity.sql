-- What a superbill names the practice by (issue 16): its organisation NPI, its tax id (EIN) and
-- the place-of-service code of its sessions (11 office; 02 or 10 telehealth). Digits only; the
-- service checks the NPI's check digit, the database the shape.
ALTER TABLE billing_settings
  ADD COLUMN npi              varchar(10) CHECK (npi ~ '^[0-9]{10}$'),
  ADD COLUMN tax_id           varchar(9)  CHECK (tax_id ~ '^[0-9]{9}$'),
  ADD COLUMN place_of_service varchar(2)  NOT NULL DEFAULT '11' CHECK (place_of_service ~ '^[0-9]{2}$');
