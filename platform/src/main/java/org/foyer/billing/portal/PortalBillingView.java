package org.foyer.billing.portal;

import java.util.List;
import java.util.UUID;
import org.foyer.billing.cards.AutopayView;
import org.foyer.billing.cards.SavedCardView;
import org.foyer.billing.invoices.InvoiceView;

/**
 * A client's billing as the portal shows it: the balance summed from the ledger, the invoices the
 * practice sent (no drafts), payments with their receipts, saved cards and autopay.
 *
 * @param balanceCents what the client owes (negative: credit), in minor units
 * @param cardsOnline whether the practice takes cards online (otherwise only the history shows)
 * @param processor {@code TEST} or {@code STRIPE} when cards are taken online, else {@code MANUAL}
 * @param autopay the standing consent, or null
 * @param publishableKey with Stripe, the key its Payment Element is started with; else null
 */
public record PortalBillingView(
    UUID clientId,
    String currency,
    long balanceCents,
    List<InvoiceView> invoices,
    List<ReceiptView> payments,
    List<SavedCardView> cards,
    AutopayView autopay,
    boolean cardsOnline,
    String processor,
    String publishableKey) {

  public PortalBillingView {
    invoices = List.copyOf(invoices);
    payments = List.copyOf(payments);
    cards = List.copyOf(cards);
  }
}
