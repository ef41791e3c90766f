package org.foyer.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import org.foyer.billing.PaymentReceiptDue;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.entity.PaymentAllocation;
import org.foyer.billing.entity.PaymentStatus;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * Moves a payment's money into the ledger when its processor says it succeeded, whether the answer
 * to the charge or a webhook says so first. The payment's row is locked while it settles, and the
 * ledger's unique index on (payment, invoice) backs it: a payment settles once.
 */
@ApplicationScoped
public class Settlement {

  static final String PROCESSOR = "payment processor";

  private EntityManager em;
  private Ledger ledger;
  private ClientLogins logins;
  private Event<PaymentReceiptDue> receipts;
  private Clock clock;

  protected Settlement() {}

  /** Without receipts: for tests of the ledger alone. */
  public Settlement(EntityManager em, Ledger ledger, Clock clock) {
    this(em, ledger, null, null, clock);
  }

  @Inject
  public Settlement(
      EntityManager em,
      Ledger ledger,
      ClientLogins logins,
      Event<PaymentReceiptDue> receipts,
      Clock clock) {
    this.em = em;
    this.ledger = ledger;
    this.logins = logins;
    this.receipts = receipts;
    this.clock = clock;
  }

  /** Takes the processor's answer to a charge. */
  public void learn(Payment payment, ChargeResult result) {
    PaymentStatus status =
        switch (result.outcome()) {
          case SUCCEEDED -> PaymentStatus.SUCCEEDED;
          case REQUIRES_ACTION -> PaymentStatus.REQUIRES_ACTION;
          case DECLINED -> PaymentStatus.FAILED;
          case UNKNOWN -> PaymentStatus.PENDING;
        };
    learn(payment, status, result.processorRef(), result.message(), payment.createdBy());
  }

  /**
   * Takes what the processor said of a payment, from any source; a settled payment stays as it is.
   *
   * @return whether the ledger received the payment now
   */
  public boolean learn(
      Payment payment, PaymentStatus status, String processorRef, String message, String by) {
    em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(payment);
    payment.learn(status, processorRef, message);
    em.flush();
    if (payment.status() != PaymentStatus.SUCCEEDED || ledger.isSettled(payment.id())) {
      return false;
    }
    List<PaymentAllocation> allocations =
        em.createQuery(
                "SELECT a FROM PaymentAllocation a WHERE a.paymentId = :id ORDER BY a.id",
                PaymentAllocation.class)
            .setParameter("id", payment.id())
            .getResultList();
    long left = payment.amountCents();
    String description = "Payment by " + payment.method().label().toLowerCase();
    for (PaymentAllocation allocation : allocations) {
      ledger.post(
          entry(payment, allocation.amountCents(), allocation.invoiceId(), description, by));
      left -= allocation.amountCents();
    }
    if (left > 0) {
      ledger.post(entry(payment, left, null, description + " (credit)", by));
    }
    receiptDue(payment);
    return true;
  }

  /** The receipt goes to the client's logins that permit billing, through the outbox. */
  private void receiptDue(Payment payment) {
    if (receipts == null) {
      return;
    }
    List<String> recipients =
        logins.listRecipients(payment.clientId(), ContactPermission.BILLING, false);
    if (recipients.isEmpty()) {
      return;
    }
    receipts.fire(
        new PaymentReceiptDue(
            Tenancy.require(),
            recipients,
            payment.id(),
            payment.amountCents(),
            payment.currency(),
            clock.instant(),
            payment.cardLast4().orElse(null)));
  }

  private LedgerEntry entry(
      Payment payment, long cents, java.util.UUID invoiceId, String description, String by) {
    return LedgerEntry.payment(
        payment.clientId(),
        cents,
        payment.currency(),
        payment.id(),
        invoiceId,
        payment.processorRef().orElse(null),
        description,
        by == null ? PROCESSOR : by,
        clock.instant());
  }
}
