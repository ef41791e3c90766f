-- A portal login's recovery code hashes and a contact link's permissions are stored as JSON
-- arrays instead of comma-separated lists, like every other list column. The permissions column
-- widens for the quotes. Row security is lifted for the rewrite; afterMigrate forces it again.
ALTER TABLE portal_account NO FORCE ROW LEVEL SECURITY;
ALTER TABLE client_access NO FORCE ROW LEVEL SECURITY;

UPDATE portal_account
   SET recovery_code_hashes = COALESCE(
         (SELECT json_agg(hash ORDER BY position)::text
            FROM unnest(string_to_array(NULLIF(recovery_code_hashes, ''), ','))
                 WITH ORDINALITY AS codes(hash, position)),
         '[]')
 WHERE recovery_code_hashes IS NOT NULL;

ALTER TABLE client_access ALTER COLUMN permissions TYPE varchar(200);
UPDATE client_access
   SET permissions = COALESCE(
         (SELECT json_agg(name ORDER BY position)::text
            FROM unnest(string_to_array(NULLIF(permissions, ''), ','))
                 WITH ORDINALITY AS names(name, position)),
         '[]');

ALTER TABLE portal_account FORCE ROW LEVEL SECURITY;
ALTER TABLE client_access FORCE ROW LEVEL SECURITY;
