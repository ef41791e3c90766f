package org.foyer.billing.entity;

/**
 * Where an invoice stands in its life. Partly paid and paid are not stored: they follow from the
 * ledger's sums over the invoice, so they can never disagree with the money.
 */
public enum InvoiceStatus {
  DRAFT,
  SENT,
  VOID
}
