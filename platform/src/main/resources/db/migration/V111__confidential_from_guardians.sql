-- Staff may keep a minor's General Documents and intake forms from the client's parents,
-- guardians and responsible parties (see GuardianPrivacy). Nothing is confidential until marked.

ALTER TABLE general_document
  ADD COLUMN confidential_from_guardians boolean NOT NULL DEFAULT false;

ALTER TABLE intake_form
  ADD COLUMN confidential_from_guardians boolean NOT NULL DEFAULT false;

-- A document stays append-only but for this mark (and the version that guards concurrent marks).
GRANT UPDATE (confidential_from_guardians, version) ON general_document TO ${appRole};
