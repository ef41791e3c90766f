-- How long client portal invitations stay valid and the reminder schedule for open intake forms.
-- Existing practices get the defaults a new practice has (see ClientOutreach.DEFAULTS).

ALTER TABLE portal_settings
  ADD COLUMN invitation_days integer NOT NULL DEFAULT 7 CHECK (invitation_days BETWEEN 1 AND 30),
  ADD COLUMN reminder_days   integer NOT NULL DEFAULT 3 CHECK (reminder_days BETWEEN 0 AND 30),
  ADD COLUMN reminder_limit  integer NOT NULL DEFAULT 3 CHECK (reminder_limit BETWEEN 0 AND 10);
