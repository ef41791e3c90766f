-- The audit log: one append-only, hash-chained sequence of events per practice.
-- Row-level security (tenant_isolation, forced) is switched on by afterMigrate.sql like on every
-- table with a tenant_id column. Column lengths match the constants of org.foyer.audit.AuditRecord.

CREATE TABLE audit_event (
  tenant_id       uuid         NOT NULL REFERENCES practice (id),
  id              uuid         NOT NULL,
  version         bigint       NOT NULL,
  seq             bigint       NOT NULL CHECK (seq >= 1),
  occurred_at     timestamptz  NOT NULL,
  actor           varchar(200) NOT NULL,
  on_behalf_of    varchar(200),
  action          varchar(40)  NOT NULL,
  subject         varchar(300),
  outcome         varchar(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
  client_address  varchar(64),
  prev_hash       char(64)     NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash            char(64)     NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, id),
  -- Gapless numbering per practice; also the index behind "last event" and the verifier's walk.
  UNIQUE (tenant_id, seq)
);

-- The application may append and read, never change or remove (nor TRUNCATE: not granted).
GRANT SELECT, INSERT ON audit_event TO ${appRole};

-- A second wall for everyone, the owner included: rows cannot be updated or deleted and the table
-- cannot be truncated. The owner can still drop this trigger (owners can do anything to their
-- table); that is what the hash chain is for: such an edit shows at verification.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- ALWAYS: the triggers fire even under session_replication_role = replica, which would otherwise
-- switch ordinary triggers off for a session.
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only;
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_no_truncate;
