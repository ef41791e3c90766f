package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.foyer.billing.Money;
import org.foyer.billing.PaymentReceiptDue;
import org.foyer.billing.cards.AutopayFailed;
import org.foyer.billing.invoices.InvoiceNoticeDue;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;

/**
 * Queues a new invoice's notice, a payment's receipt, and the notice that autopay could not charge
 * a card, in the unit of work that sent the invoice or settled or tried the payment. The practice's
 * name, the invoice's number, the amount, the date and the card's last four digits only: what the
 * money was for stays in the portal.
 */
@ApplicationScoped
public class BillingMail {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;

  protected BillingMail() {}

  @Inject
  public BillingMail(Outbox outbox, MailSettings settings, UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
  }

  void onInvoiceNoticeDue(@Observes InvoiceNoticeDue due) {
    Sender from = sender(due.tenant());
    String sent =
        from.brand().practice()
            + " sent you invoice "
            + due.number()
            + " on "
            + from.day(due.sentAt())
            + ": "
            + Money.format(due.dueCents(), due.currency())
            + " to pay. You can see what it is for, and pay it, in your portal.";
    send(
        from,
        due.recipients(),
        MailKind.INVOICE_NOTICE,
        "A new invoice from " + from.brand().practice(),
        List.of("Hello,", sent),
        "See the invoice",
        "/portal/billing");
  }

  void onReceiptDue(@Observes PaymentReceiptDue due) {
    Sender from = sender(due.tenant());
    String paid =
        "Thank you: "
            + from.brand().practice()
            + " received your payment of "
            + Money.format(due.amountCents(), due.currency())
            + " on "
            + from.day(due.paidAt())
            + (due.cardLast4() == null ? "" : " from the card ending " + due.cardLast4())
            + ".";
    send(
        from,
        due.recipients(),
        MailKind.PAYMENT_RECEIPT,
        "Your payment receipt from " + from.brand().practice(),
        List.of("Hello,", paid),
        "See the receipt",
        "/portal/billing/receipt?id=" + due.paymentId());
  }

  void onAutopayFailed(@Observes AutopayFailed failed) {
    Sender from = sender(failed.tenant());
    String tried =
        from.brand().practice()
            + " sent you an invoice and tried to charge "
            + Money.format(failed.amountCents(), failed.currency())
            + (failed.cardLast4() == null ? "" : " to the card ending " + failed.cardLast4())
            + " as you asked, but the payment did not go through: "
            + failed.reason()
            + " Nothing was charged. Please pay in the portal, or save another card.";
    send(
        from,
        failed.recipients(),
        MailKind.AUTOPAY_FAILED,
        "Your automatic payment to " + from.brand().practice() + " did not go through",
        List.of("Hello,", tried),
        "Pay in the portal",
        "/portal/billing");
  }

  /** The practice a mail is from, read once per mail: its name and colour, clock and address. */
  private record Sender(Practice practice, Branding brand) {

    String day(Instant instant) {
      return DAY.format(instant.atZone(practice.timeZone()));
    }
  }

  private Sender sender(TenantId tenant) {
    return new Sender(
        em.find(Practice.class, tenant.value()), ClientInvitationMail.branding(em, tenant));
  }

  private void send(
      Sender from,
      List<String> recipients,
      MailKind kind,
      String subject,
      List<String> opening,
      String action,
      String pagePath) {
    String link = settings.link("/p/" + from.practice().slug().value() + pagePath);
    for (String recipient : recipients) {
      outbox.enqueue(
          MailBody.mail(
              kind,
              recipient,
              subject,
              new MailBody(
                  from.brand(),
                  opening,
                  action,
                  link,
                  List.of("Please do not reply to this email: sign in to your portal instead."))));
    }
  }
}
