-- The biller's list of invoices still owed, practice-wide, oldest sent first: without this the list
-- reads every invoice the practice ever made.
CREATE INDEX invoice_sent_by_date ON invoice (tenant_id, sent_at) WHERE status = 'SENT';
