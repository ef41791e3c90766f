package org.foyer.billing.invoices;

import java.util.UUID;

/**
 * A draft invoice was sent to its client, with its figures as sent; fired in the unit of work that
 * sent it (autopay).
 */
public record InvoiceSent(InvoiceView invoice) {

  public UUID invoiceId() {
    return invoice.id();
  }

  public UUID clientId() {
    return invoice.clientId();
  }
}
