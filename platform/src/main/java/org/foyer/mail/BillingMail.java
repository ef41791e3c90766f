package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    Practice practice = em.find(Practice.class, due.tenant().value());
    Branding brand = ClientInvitationMail.branding(em, due.tenant());
    String sent =
        brand.practice()
            + " sent you invoice "
            + due.number()
            + " on "
            + DAY.format(due.sentAt().atZone(practice.timeZone()))
            + ": "
            + Money.format(due.dueCents(), due.currency())
            + " to pay. You can see what it is for, and pay it, in your portal.";
    send(
        due.tenant(),
        due.recipients(),
        MailKind.INVOICE_NOTICE,
        "A new invoice from " + brand.practice(),
        List.of("Hello,", sent),
        "See the invoice",
        "/portal/billing");
  }

  void onReceiptDue(@Observes PaymentReceiptDue due) {
    Practice practice = em.find(Practice.class, due.tenant().value());
    Branding brand = ClientInvitationMail.branding(em, due.tenant());
    String paid =
        "Thank you: "
            + brand.practice()
            + " received your payment of "
            + Money.format(due.amountCents(), due.currency())
            + " on "
            + DAY.format(due.paidAt().atZone(practice.timeZone()))
            + (due.cardLast4() == null ? "" : " from the card ending " + due.cardLast4())
            + ".";
    send(
        due.tenant(),
        due.recipients(),
        MailKind.PAYMENT_RECEIPT,
        "Your payment receipt from " + brand.practice(),
        List.of("Hello,", paid),
        "See the receipt",
        "/portal/billing/receipt?id=" + due.paymentId());
  }

  void onAutopayFailed(@Observes AutopayFailed failed) {
    Branding brand = ClientInvitationMail.branding(em, failed.tenant());
    String tried =
        brand.practice()
            + " sent you an invoice and tried to charge "
            + Money.format(failed.amountCents(), failed.currency())
            + (failed.cardLast4() == null ? "" : " to the card ending " + failed.cardLast4())
            + " as you asked, but the payment did not go through: "
            + failed.reason()
            + " Nothing was charged. Please pay in the portal, or save another card.";
    send(
        failed.tenant(),
        failed.recipients(),
        MailKind.AUTOPAY_FAILED,
        "Your automatic payment to " + brand.practice() + " did not go through",
        List.of("Hello,", tried),
        "Pay in the portal",
        "/portal/billing");
  }

  private void send(
      TenantId tenant,
      List<String> recipients,
      MailKind kind,
      String subject,
      List<String> opening,
      String action,
      String pagePath) {
    Practice practice = em.find(Practice.class, tenant.value());
    Branding brand = ClientInvitationMail.branding(em, tenant);
    String link = settings.link("/p/" + practice.slug().value() + pagePath);
    for (String recipient : recipients) {
      outbox.enqueue(
          MailBody.mail(
              kind,
              recipient,
              subject,
              new MailBody(
                  brand,
                  opening,
                  action,
                  link,
                  List.of("Please do not reply to this email: sign in to your portal instead."))));
    }
  }
}
