package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.foyer.billing.invoices.InvoiceNoticeDue;
import org.foyer.billing.invoices.InvoiceSent;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * Tells the client, by mail, of an invoice sent with money to pay. A client who chose autopay is
 * not told here: {@link Autopay} charges the card and the receipt says so, or its failure notice
 * asks them to pay. A client with no login that permits billing has no portal to pay in, and the
 * practice reaches them as it always has.
 */
@ApplicationScoped
public class InvoiceNotices {

  private SavedCards savedCards;
  private ClientLogins logins;
  private Event<InvoiceNoticeDue> notices;

  protected InvoiceNotices() {}

  @Inject
  public InvoiceNotices(
      SavedCards savedCards, ClientLogins logins, Event<InvoiceNoticeDue> notices) {
    this.savedCards = savedCards;
    this.logins = logins;
    this.notices = notices;
  }

  public void onInvoiceSent(@Observes InvoiceSent sent) {
    if (savedCards.consentOf(sent.clientId()).isPresent()) {
      return;
    }
    InvoiceView invoice = sent.invoice();
    List<String> recipients =
        logins.listRecipients(sent.clientId(), ContactPermission.BILLING, false);
    if (invoice.dueCents() > 0 && !recipients.isEmpty()) {
      notices.fire(
          new InvoiceNoticeDue(
              Tenancy.require(),
              recipients,
              invoice.number(),
              invoice.dueCents(),
              invoice.currency(),
              invoice.sentAt()));
    }
  }
}
