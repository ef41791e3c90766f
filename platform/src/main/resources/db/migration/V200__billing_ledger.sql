-- Billing (issue 16): an append-only ledger per client in minor units, invoices grouping charges,
-- payments through a practice's gateway. Balances are sums over ledger_entry, never a stored
-- number; the app role may only INSERT and SELECT ledger rows, so history cannot be rewritten.

CREATE TABLE billing_settings (
  tenant_id              uuid         NOT NULL REFERENCES practice (id),
  id                     uuid         NOT NULL,
  version                bigint       NOT NULL,
  currency               char(3)      NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  late_cancel_fee_cents  bigint       NOT NULL DEFAULT 0 CHECK (late_cancel_fee_cents >= 0),
  no_show_fee_cents      bigint       NOT NULL DEFAULT 0 CHECK (no_show_fee_cents >= 0),
  gateway                varchar(16)  NOT NULL DEFAULT 'MANUAL'
                                      CHECK (gateway IN ('MANUAL', 'TEST', 'STRIPE')),
  sealed_secret_key      text,
  sealed_webhook_secret  text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id)
);
GRANT SELECT, INSERT, UPDATE ON billing_settings TO ${appRole};

CREATE TABLE invoice (
  tenant_id   uuid          NOT NULL REFERENCES practice (id),
  id          uuid          NOT NULL,
  version     bigint        NOT NULL,
  client_id   uuid          NOT NULL,
  currency    char(3)       NOT NULL,
  status      varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'VOID')),
  created_at  timestamptz   NOT NULL,
  created_by  varchar(320)  NOT NULL,
  sent_at     timestamptz,
  voided_at   timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
CREATE INDEX invoice_by_client ON invoice (tenant_id, client_id, created_at);
GRANT SELECT, INSERT, UPDATE ON invoice TO ${appRole};

-- A payment as the processor sees it: its status follows the processor (pending, needing the
-- client's action, succeeded, failed). The money it moved is in ledger_entry once it succeeded.
CREATE TABLE payment (
  tenant_id        uuid          NOT NULL REFERENCES practice (id),
  id               uuid          NOT NULL,
  version          bigint        NOT NULL,
  client_id        uuid          NOT NULL,
  amount_cents     bigint        NOT NULL CHECK (amount_cents > 0),
  currency         char(3)       NOT NULL,
  gateway          varchar(16)   NOT NULL CHECK (gateway IN ('MANUAL', 'TEST', 'STRIPE')),
  method           varchar(16)   NOT NULL
                                 CHECK (method IN ('CASH', 'CHEQUE', 'CARD_TERMINAL', 'CARD')),
  status           varchar(16)   NOT NULL
                                 CHECK (status IN ('PENDING', 'REQUIRES_ACTION', 'SUCCEEDED',
                                                   'FAILED')),
  idempotency_key  varchar(100)  NOT NULL,
  processor_ref    varchar(200),
  reference        varchar(200),
  failure          varchar(300),
  created_at       timestamptz   NOT NULL,
  created_by       varchar(320)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key),
  UNIQUE (tenant_id, gateway, processor_ref),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
CREATE INDEX payment_by_client ON payment (tenant_id, client_id, created_at);
GRANT SELECT, INSERT, UPDATE ON payment TO ${appRole};

-- How a payment is split across invoices, fixed when it is taken; a remainder is credit.
CREATE TABLE payment_allocation (
  tenant_id     uuid    NOT NULL REFERENCES practice (id),
  id            uuid    NOT NULL,
  version       bigint  NOT NULL,
  payment_id    uuid    NOT NULL,
  invoice_id    uuid    NOT NULL,
  amount_cents  bigint  NOT NULL CHECK (amount_cents > 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, payment_id, invoice_id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
);
GRANT SELECT, INSERT ON payment_allocation TO ${appRole};

-- amount_cents is the entry's effect on what the client owes: charges and refunds raise it,
-- payments and write-offs lower it, adjustments go either way.
CREATE TABLE ledger_entry (
  tenant_id       uuid          NOT NULL REFERENCES practice (id),
  id              uuid          NOT NULL,
  version         bigint        NOT NULL,
  client_id       uuid          NOT NULL,
  kind            varchar(16)   NOT NULL
                                CHECK (kind IN ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'WRITE_OFF',
                                                'REFUND')),
  amount_cents    bigint        NOT NULL CHECK (amount_cents <> 0),
  currency        char(3)       NOT NULL,
  description     varchar(200)  NOT NULL,
  appointment_id  uuid,
  invoice_id      uuid,
  payment_id      uuid,
  processor_ref   varchar(200),
  recorded_at     timestamptz   NOT NULL,
  recorded_by     varchar(320)  NOT NULL,
  -- The order entries were written in, for reading a ledger in order when clocks tie.
  seq             bigint        GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payment (tenant_id, id),
  CHECK (kind NOT IN ('CHARGE', 'REFUND') OR amount_cents > 0),
  CHECK (kind NOT IN ('PAYMENT', 'WRITE_OFF') OR amount_cents < 0),
  CHECK (kind NOT IN ('PAYMENT', 'REFUND') OR payment_id IS NOT NULL)
);
CREATE INDEX ledger_entry_by_client ON ledger_entry (tenant_id, client_id, seq);
CREATE INDEX ledger_entry_by_invoice ON ledger_entry (tenant_id, invoice_id);
CREATE INDEX ledger_entry_by_payment ON ledger_entry (tenant_id, payment_id);
-- One charge per appointment, however often its outcome is recorded.
CREATE UNIQUE INDEX ledger_entry_one_charge_per_appointment
  ON ledger_entry (tenant_id, appointment_id) WHERE kind = 'CHARGE' AND appointment_id IS NOT NULL;
-- A payment settles once per invoice (and once as credit), whether the answer or a webhook
-- tells of it first.
CREATE UNIQUE INDEX ledger_entry_one_settlement
  ON ledger_entry (tenant_id, payment_id, COALESCE(invoice_id, '00000000-0000-0000-0000-000000000000'))
  WHERE kind = 'PAYMENT';
-- A processor's refund is recorded once.
CREATE UNIQUE INDEX ledger_entry_one_refund
  ON ledger_entry (tenant_id, processor_ref) WHERE kind = 'REFUND' AND processor_ref IS NOT NULL;
GRANT SELECT, INSERT ON ledger_entry TO ${appRole};

-- Which charges an invoice groups. Insert-only like the ledger: a void invoice keeps its lines.
CREATE TABLE invoice_line (
  tenant_id   uuid    NOT NULL REFERENCES practice (id),
  id          uuid    NOT NULL,
  version     bigint  NOT NULL,
  invoice_id  uuid    NOT NULL,
  charge_id   uuid    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, invoice_id, charge_id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, charge_id) REFERENCES ledger_entry (tenant_id, id)
);
CREATE INDEX invoice_line_by_charge ON invoice_line (tenant_id, charge_id);
GRANT SELECT, INSERT ON invoice_line TO ${appRole};

-- Processor events already handled: a replayed webhook finds its id here and changes nothing.
CREATE TABLE payment_webhook_receipt (
  tenant_id    uuid          NOT NULL REFERENCES practice (id),
  id           uuid          NOT NULL,
  version      bigint        NOT NULL,
  gateway      varchar(16)   NOT NULL,
  event_id     varchar(200)  NOT NULL,
  event_type   varchar(100)  NOT NULL,
  received_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, gateway, event_id)
);
GRANT SELECT, INSERT ON payment_webhook_receipt TO ${appRole};
