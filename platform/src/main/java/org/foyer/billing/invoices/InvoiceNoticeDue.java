package org.foyer.billing.invoices;

import java.time.Instant;
import java.util.List;
import org.foyer.core.tenancy.TenantId;

/**
 * An invoice was sent with money to pay and no autopay to take it: the client's logins that permit
 * billing are told. Fired in the unit of work that sent it. It carries no health information: the
 * invoice's number, what is to pay and the day only.
 */
public record InvoiceNoticeDue(
    TenantId tenant,
    List<String> recipients,
    int number,
    long dueCents,
    String currency,
    Instant sentAt) {

  public InvoiceNoticeDue {
    recipients = List.copyOf(recipients);
  }
}
