package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.cards.AutopayFailed;
import org.foyer.billing.cards.entity.AutopayConsent;
import org.foyer.billing.cards.entity.SavedCard;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.entity.PaymentStatus;
import org.foyer.billing.invoices.InvoiceSent;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * Charges the saved card of a client who consented to autopay when the practice sends them an
 * invoice, in the unit of work that sends it. The attempt's key is the invoice's, so sending cannot
 * charge twice. A decline (or an expired or removed card) is recorded and mailed to the client; the
 * invoice is sent all the same.
 */
@ApplicationScoped
public class Autopay {

  static final String ACTOR = "autopay";

  private EntityManager em;
  private Payments payments;
  private SavedCards savedCards;
  private ClientLogins logins;
  private AuditLog audit;
  private Event<AutopayFailed> failures;

  protected Autopay() {}

  @Inject
  public Autopay(
      EntityManager em,
      Payments payments,
      SavedCards savedCards,
      ClientLogins logins,
      AuditLog audit,
      Event<AutopayFailed> failures) {
    this.em = em;
    this.payments = payments;
    this.savedCards = savedCards;
    this.logins = logins;
    this.audit = audit;
    this.failures = failures;
  }

  /** Charges the saved card, if the client consented, for the invoice just sent. */
  public void onInvoiceSent(@Observes InvoiceSent sent) {
    Optional<AutopayConsent> consent = savedCards.consentOf(sent.clientId());
    if (consent.isEmpty()) {
      return;
    }
    InvoiceView invoice = sent.invoice();
    if (invoice.dueCents() <= 0) {
      return;
    }
    SavedCard card = em.find(SavedCard.class, consent.get().cardId());
    String failure = savedCards.refusal(card).orElse(null);
    Payment payment = null;
    if (failure == null) {
      try {
        payment = charge(sent, invoice, card);
        failure =
            payment.status() == PaymentStatus.FAILED
                ? payment.failure().orElse("The card was declined")
                : null;
      } catch (BusinessException e) {
        failure = e.getMessage();
      }
    }
    audit.record(
        AuditRecord.success(ACTOR, AuditAction.AUTOPAY_CHARGED)
            .about(
                "client "
                    + sent.clientId()
                    + " invoice "
                    + sent.invoiceId()
                    + (payment == null ? "" : " payment " + payment.id())
                    + (failure == null ? " charged" : " not charged")));
    if (failure != null) {
      failed(sent, invoice, card, failure);
    }
  }

  private Payment charge(InvoiceSent sent, InvoiceView invoice, SavedCard card) {
    return payments
        .take(
            ACTOR,
            new PaymentRequest(
                sent.clientId(),
                invoice.dueCents(),
                "CARD",
                "autopay-" + sent.invoiceId(),
                null,
                null,
                List.of(new PaymentRequest.Allocation(sent.invoiceId(), invoice.dueCents()))),
            savedCards.chargeable(card),
            true)
        .payment();
  }

  private void failed(InvoiceSent sent, InvoiceView invoice, SavedCard card, String reason) {
    List<String> recipients =
        logins.listRecipients(sent.clientId(), ContactPermission.BILLING, false);
    if (!recipients.isEmpty()) {
      failures.fire(
          new AutopayFailed(
              Tenancy.require(),
              recipients,
              invoice.dueCents(),
              invoice.currency(),
              card == null ? null : card.last4(),
              reason));
    }
  }
}
