-- The staff calendar reads a whole practice's month by time, whatever the status; the reminder
-- index (V170) only covers booked appointments, so without this the month view scanned the table.
CREATE INDEX appointment_by_time ON appointment (tenant_id, starts_at, ends_at);
