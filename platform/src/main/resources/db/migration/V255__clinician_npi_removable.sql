-- Billing staff may remove a clinician's NPI (mistyped, or no longer billed under); superbills of
-- that clinician's sessions are then refused until one is entered again.
GRANT DELETE ON clinician_npi TO ${appRole};
