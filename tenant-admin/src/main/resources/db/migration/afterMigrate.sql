-- Every table with a tenant_id column answers only rows of the transaction's practice, for every
-- role including the owner (FORCE). Runs after each migration, so new tables are covered at once.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.table_name
      FROM information_schema.columns c
      JOIN information_schema.tables tb
        ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.column_name = 'tenant_id'
       AND c.table_schema = current_schema()
       AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
    IF NOT EXISTS (SELECT 1 FROM pg_policies
                    WHERE schemaname = current_schema()
                      AND tablename = t.table_name
                      AND policyname = 'tenant_isolation') THEN
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %I USING (tenant_id = foyer_current_tenant())'
        ' WITH CHECK (tenant_id = foyer_current_tenant())', t.table_name);
    END IF;
  END LOOP;
END
$$;
