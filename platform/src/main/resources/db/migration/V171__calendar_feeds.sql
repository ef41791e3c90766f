-- Calendar feeds (issue 15): secret, revocable iCalendar addresses of one clinician's or one
-- client's appointments. Only the SHA-256 of each secret is kept: a leaked database holds no link.

CREATE TABLE calendar_feed (
  tenant_id           uuid          NOT NULL REFERENCES practice (id),
  id                  uuid          NOT NULL,
  version             bigint        NOT NULL,
  clinician_id        uuid,
  client_id           uuid,
  created_by          varchar(320)  NOT NULL,
  token_sha256        varchar(64)   NOT NULL,
  shows_client_names  boolean       NOT NULL DEFAULT false,
  created_at          timestamptz   NOT NULL,
  revoked_at          timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, token_sha256),
  FOREIGN KEY (tenant_id, clinician_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  CHECK ((clinician_id IS NULL) <> (client_id IS NULL))
);
CREATE INDEX calendar_feed_by_creator ON calendar_feed (tenant_id, created_by);
GRANT SELECT, INSERT, UPDATE ON calendar_feed TO ${appRole};
