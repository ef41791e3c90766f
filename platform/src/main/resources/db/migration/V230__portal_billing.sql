-- The portal side of billing (issue 16): the card a payment was made with (for receipts), cards a
-- client saved at the processor, and consent to autopay. Foyer keeps only the processor's token of
-- a card, its brand, last four digits and expiry: never a card number.

ALTER TABLE payment ADD COLUMN card_brand varchar(20);
ALTER TABLE payment ADD COLUMN card_last4 char(4) CHECK (card_last4 ~ '^[0-9]{4}$');

CREATE TABLE saved_card (
  tenant_id      uuid          NOT NULL REFERENCES practice (id),
  id             uuid          NOT NULL,
  version        bigint        NOT NULL,
  client_id      uuid          NOT NULL,
  gateway        varchar(16)   NOT NULL CHECK (gateway IN ('TEST', 'STRIPE')),
  processor_ref  varchar(200)  NOT NULL,
  customer_ref   varchar(200),
  brand          varchar(20)   NOT NULL,
  last4          char(4)       NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
  exp_month      smallint      NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year       smallint      NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
  saved_by       varchar(320)  NOT NULL,
  saved_at       timestamptz   NOT NULL,
  removed_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id)
);
CREATE INDEX saved_card_by_client ON saved_card (tenant_id, client_id);
GRANT SELECT, INSERT, UPDATE ON saved_card TO ${appRole};

-- Who agreed to which wording of the autopay terms, for which card, and when; a withdrawn consent
-- stays as it was, with when it ended. One standing consent per client.
CREATE TABLE autopay_consent (
  tenant_id       uuid          NOT NULL REFERENCES practice (id),
  id              uuid          NOT NULL,
  version         bigint        NOT NULL,
  client_id       uuid          NOT NULL,
  card_id         uuid          NOT NULL,
  terms_version   varchar(20)   NOT NULL,
  consented_by    varchar(320)  NOT NULL,
  on_behalf       boolean       NOT NULL,
  consented_at    timestamptz   NOT NULL,
  withdrawn_at    timestamptz,
  withdrawn_by    varchar(320),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES client (tenant_id, id),
  FOREIGN KEY (tenant_id, card_id) REFERENCES saved_card (tenant_id, id)
);
CREATE UNIQUE INDEX autopay_consent_standing
  ON autopay_consent (tenant_id, client_id) WHERE withdrawn_at IS NULL;
GRANT SELECT, INSERT, UPDATE ON autopay_consent TO ${appRole};
