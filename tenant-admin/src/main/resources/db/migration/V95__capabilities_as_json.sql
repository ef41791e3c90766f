-- A role's capabilities are stored as a JSON array of names instead of a comma-separated list,
-- read and written by the same JSON mapping as every other structured column. Row security is
-- forced even for the owner, so it is lifted for this one rewrite; afterMigrate forces it again.
ALTER TABLE custom_role NO FORCE ROW LEVEL SECURITY;
ALTER TABLE default_permissions NO FORCE ROW LEVEL SECURITY;

UPDATE custom_role
   SET capabilities = COALESCE(
         (SELECT json_agg(name ORDER BY name)::text
            FROM unnest(string_to_array(NULLIF(capabilities, ''), ',')) AS name),
         '[]');
UPDATE default_permissions
   SET capabilities = COALESCE(
         (SELECT json_agg(name ORDER BY name)::text
            FROM unnest(string_to_array(NULLIF(capabilities, ''), ',')) AS name),
         '[]');

ALTER TABLE custom_role FORCE ROW LEVEL SECURITY;
ALTER TABLE default_permissions FORCE ROW LEVEL SECURITY;
