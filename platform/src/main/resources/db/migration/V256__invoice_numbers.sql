-- Each practice numbers its invoices 1, 2, 3... as they are sent, so that a client and the desk can
-- name one ("invoice 12") when two were sent on the same day. A draft has no number yet. Invoices
-- sent before this migration are numbered in the order they were sent; row security is lifted for
-- that rewrite and afterMigrate forces it again.
ALTER TABLE invoice ADD COLUMN number integer CHECK (number > 0);
CREATE UNIQUE INDEX invoice_number_of_practice ON invoice (tenant_id, number) WHERE number IS NOT NULL;

ALTER TABLE invoice NO FORCE ROW LEVEL SECURITY;
UPDATE invoice i
   SET number = numbered.position
  FROM (SELECT tenant_id, id,
               row_number() OVER (PARTITION BY tenant_id ORDER BY sent_at, id) AS position
          FROM invoice
         WHERE sent_at IS NOT NULL) numbered
 WHERE i.tenant_id = numbered.tenant_id AND i.id = numbered.id;
ALTER TABLE invoice FORCE ROW LEVEL SECURITY;
