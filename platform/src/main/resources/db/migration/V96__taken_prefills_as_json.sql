-- The pre-filled fields staff took into the record are stored as a JSON array instead of a
-- comma-separated list (a field name could one day hold a comma). Row security is forced even for
-- the owner, so it is lifted for this one rewrite; afterMigrate forces it again.
ALTER TABLE intake_form NO FORCE ROW LEVEL SECURITY;

UPDATE intake_form
   SET taken_prefills = (SELECT json_agg(name)::text
                           FROM unnest(string_to_array(taken_prefills, ',')) AS name)
 WHERE taken_prefills IS NOT NULL AND taken_prefills <> '';
UPDATE intake_form SET taken_prefills = NULL WHERE taken_prefills = '';

ALTER TABLE intake_form FORCE ROW LEVEL SECURITY;
