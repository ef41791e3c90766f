-- Issue 13: a form signed by several people in turn keeps its ordered signers (and which of them
-- have signed) as JSON on the form, and waits in AWAITING_SIGNATURE between the first signature
-- (which locks the answers) and the last (which submits the form). The status is longer than 16.
ALTER TABLE intake_form
  ADD COLUMN signing_plan text,
  ALTER COLUMN status TYPE varchar(24),
  DROP CONSTRAINT intake_form_status_check,
  DROP CONSTRAINT intake_form_submitted_check,
  ADD CONSTRAINT intake_form_status_check
    CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS', 'AWAITING_SIGNATURE', 'SUBMITTED',
                      'ACKNOWLEDGED', 'WITHDRAWN')),
  -- Waiting for a later signer, the answers and their first signer are locked but the form is not
  -- submitted yet, so it has no submission time.
  ADD CONSTRAINT intake_form_submitted_check
    CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS', 'WITHDRAWN')
      OR (submitted_answers IS NOT NULL AND submitted_by IS NOT NULL
          AND (status = 'AWAITING_SIGNATURE' OR submitted_at IS NOT NULL))),
  ADD CONSTRAINT intake_form_signing_check
    CHECK (status <> 'AWAITING_SIGNATURE' OR signing_plan IS NOT NULL);
