-- A staff member's recovery code hashes are stored as a JSON array instead of a comma-separated
-- list, read and written by the same JSON mapping as every other list column. Row security is
-- forced even for the owner, so it is lifted for this one rewrite; afterMigrate forces it again.
ALTER TABLE staff_member NO FORCE ROW LEVEL SECURITY;

UPDATE staff_member
   SET recovery_code_hashes = COALESCE(
         (SELECT json_agg(hash ORDER BY position)::text
            FROM unnest(string_to_array(NULLIF(recovery_code_hashes, ''), ','))
                 WITH ORDINALITY AS codes(hash, position)),
         '[]')
 WHERE recovery_code_hashes IS NOT NULL;

ALTER TABLE staff_member FORCE ROW LEVEL SECURITY;
