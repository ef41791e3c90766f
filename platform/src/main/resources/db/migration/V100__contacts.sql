-- Contacts (issue 13): a client's contacts are people (name, email, phone; perhaps a client of the
-- practice themself), linked to the client by the Contact Network's links, each with a relationship
-- and its own permissions. The links stay in client_access: one model for who may act for whom.

CREATE TABLE contact (
  tenant_id     uuid         NOT NULL REFERENCES practice (id),
  id            uuid         NOT NULL,
  version       bigint       NOT NULL,
  display_name  varchar(120) NOT NULL,
  -- One person per email in a practice: adding the same email again finds them.
  email         varchar(254),
  phone         varchar(32),
  -- The person's own client record, when they are a client of the practice too.
  client_id     uuid,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, email),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON contact TO ${appRole};

-- Row security is forced even for the owner, so it is lifted for the rewrite below; afterMigrate
-- forces it again (and covers the new table).
ALTER TABLE client_access NO FORCE ROW LEVEL SECURITY;
ALTER TABLE portal_account NO FORCE ROW LEVEL SECURITY;

ALTER TABLE client_access
  ADD COLUMN contact_id uuid,
  ADD COLUMN relationship_label varchar(40),
  -- Permission names, comma-separated; every existing link may do everything, as before.
  ADD COLUMN permissions varchar(80) NOT NULL
    DEFAULT 'FORMS,DOCUMENTS,MESSAGES,APPOINTMENTS,BILLING,NOTICES',
  -- A contact taken off the client's list; the row stays for the record.
  ADD COLUMN removed_at timestamptz,
  -- A contact is listed before (and without) being invited to the portal.
  ALTER COLUMN portal_account_id DROP NOT NULL,
  ADD FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id),
  ADD CONSTRAINT client_access_removed_check CHECK (removed_at IS NULL OR revoked_at IS NOT NULL);
ALTER TABLE client_access ALTER COLUMN permissions DROP DEFAULT;

-- Every login acting for someone else becomes a person, a client themself when it has its own link.
INSERT INTO contact (tenant_id, id, version, display_name, email, client_id)
SELECT p.tenant_id, gen_random_uuid(), 1, p.display_name, p.email,
       (SELECT s.client_id FROM client_access s
         WHERE s.tenant_id = p.tenant_id AND s.portal_account_id = p.id
           AND s.relationship = 'SELF' AND s.revoked_at IS NULL
         LIMIT 1)
  FROM portal_account p
 WHERE EXISTS (SELECT 1 FROM client_access a
                WHERE a.tenant_id = p.tenant_id AND a.portal_account_id = p.id
                  AND a.relationship <> 'SELF');

UPDATE client_access a
   SET contact_id = c.id
  FROM portal_account p, contact c
 WHERE a.relationship <> 'SELF'
   AND p.tenant_id = a.tenant_id AND p.id = a.portal_account_id
   AND c.tenant_id = p.tenant_id AND c.email = p.email;

-- A person was revoked and invited again before: only the newest link stays on the list.
UPDATE client_access a
   SET removed_at = a.revoked_at
 WHERE a.revoked_at IS NOT NULL AND a.contact_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM client_access b
                WHERE b.tenant_id = a.tenant_id AND b.client_id = a.client_id
                  AND b.contact_id = a.contact_id AND b.id <> a.id
                  AND (b.revoked_at IS NULL OR b.revoked_at > a.revoked_at
                       OR (b.revoked_at = a.revoked_at AND b.id > a.id)));

CREATE UNIQUE INDEX client_access_one_per_contact
  ON client_access (tenant_id, client_id, contact_id) WHERE removed_at IS NULL;
CREATE INDEX client_access_by_client ON client_access (tenant_id, client_id);

ALTER TABLE client_access FORCE ROW LEVEL SECURITY;
ALTER TABLE portal_account FORCE ROW LEVEL SECURITY;
