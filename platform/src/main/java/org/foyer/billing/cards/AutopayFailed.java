package org.foyer.billing.cards;

import java.util.List;
import org.foyer.core.tenancy.TenantId;

/**
 * Autopay could not charge the saved card for an invoice just sent: the client is told to pay in
 * the portal. No health information: the amount, the card's last four and the processor's words.
 */
public record AutopayFailed(
    TenantId tenant,
    List<String> recipients,
    long amountCents,
    String currency,
    String cardLast4,
    String reason) {

  public AutopayFailed {
    recipients = List.copyOf(recipients);
  }
}
