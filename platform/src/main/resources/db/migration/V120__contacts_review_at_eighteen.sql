-- Turned 18 (issue 13): when a minor client comes of age, staff review the parent and guardian links
-- that still act for them. The links stay as they are until staff decide; this row only says the
-- review is done, by whom and when, so the client leaves the "Turned 18" list.

CREATE TABLE contacts_review (
  tenant_id     uuid         NOT NULL REFERENCES practice (id),
  id            uuid         NOT NULL,
  version       bigint       NOT NULL,
  client_id     uuid         NOT NULL,
  -- The 18th birthday the review was for, in the practice's time zone.
  came_of_age   date         NOT NULL,
  reviewed_at   timestamptz  NOT NULL,
  reviewed_by   varchar(254) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
GRANT SELECT, INSERT ON contacts_review TO ${appRole};
