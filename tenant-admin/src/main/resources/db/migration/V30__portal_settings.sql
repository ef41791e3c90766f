-- Each practice's client-portal settings (one row, created with defaults on the first change) and
-- its uploaded logo, held by reference so the settings row stays small and the image is loaded
-- only when it is served.

CREATE TABLE practice_logo (
  tenant_id     uuid         NOT NULL REFERENCES practice (id),
  id            uuid         NOT NULL,
  version       bigint       NOT NULL,
  content_type  varchar(32)  NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
  size_bytes    integer      NOT NULL CHECK (size_bytes BETWEEN 1 AND 524288),
  sha256        char(64)     NOT NULL,
  content       bytea        NOT NULL,
  uploaded_at   timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
GRANT SELECT, INSERT, DELETE ON practice_logo TO ${appRole};

CREATE TABLE portal_settings (
  tenant_id                  uuid          NOT NULL REFERENCES practice (id),
  id                         uuid          NOT NULL,
  version                    bigint        NOT NULL,
  portal_enabled             boolean       NOT NULL,
  contact_network_enabled    boolean       NOT NULL,
  display_name               varchar(120),
  logo_id                    uuid,
  brand_colour               char(7)       NOT NULL CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
  welcome_message            varchar(2000) NOT NULL,
  session_timeout_minutes    integer       NOT NULL CHECK (session_timeout_minutes BETWEEN 5 AND 120),
  staff_mfa_policy           varchar(24)   NOT NULL,
  client_mfa                 varchar(16)   NOT NULL,
  self_scheduling            varchar(16)   NOT NULL,
  cancellation_window_hours  integer       NOT NULL CHECK (cancellation_window_hours BETWEEN 0 AND 168),
  online_payments_enabled    boolean       NOT NULL,
  updated_at                 timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id),
  FOREIGN KEY (tenant_id, logo_id) REFERENCES practice_logo (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON portal_settings TO ${appRole};
