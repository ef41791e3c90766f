-- The age from which a minor client may have documents and forms kept from their guardians
-- (see MinorPrivacy). NULL means the practice keeps nothing from guardians. Existing practices
-- get the default a new practice has.

ALTER TABLE portal_settings
  ADD COLUMN minor_privacy_age integer DEFAULT 14 CHECK (minor_privacy_age BETWEEN 12 AND 17);
