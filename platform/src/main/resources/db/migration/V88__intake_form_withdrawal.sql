-- Staff may withdraw a form sent by mistake while it is still open; the row stays, marked
-- WITHDRAWN with who and when, so the record shows what was sent and taken back.
ALTER TABLE intake_form
  ADD COLUMN withdrawn_by varchar(254),
  ADD COLUMN withdrawn_at timestamptz,
  DROP CONSTRAINT intake_form_status_check,
  DROP CONSTRAINT intake_form_check1,
  ADD CONSTRAINT intake_form_status_check
    CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS', 'SUBMITTED', 'ACKNOWLEDGED', 'WITHDRAWN')),
  ADD CONSTRAINT intake_form_submitted_check
    CHECK (status IN ('OUTSTANDING', 'IN_PROGRESS', 'WITHDRAWN')
      OR (submitted_answers IS NOT NULL AND submitted_at IS NOT NULL AND submitted_by IS NOT NULL)),
  ADD CONSTRAINT intake_form_withdrawn_check
    CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL)
      AND (status <> 'WITHDRAWN' OR submitted_answers IS NULL));
