package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.core.mail.SampleMail.db;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.billing.PaymentReceiptDue;
import org.foyer.billing.cards.AutopayFailed;
import org.foyer.billing.invoices.InvoiceNoticeDue;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.SampleMail;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * A new invoice, a receipt and a failed autopay: practice, number, amount, date, last four and a
 * link; nothing else.
 */
class BillingMailTest {

  final BillingMail mail =
      new BillingMail(
          new Outbox(db.unitOfWork(), new MovableClock(SampleMail.NOW)),
          MessageMailTest.SETTINGS,
          db.unitOfWork());
  final TenantId tenant = SampleMail.practice("Harbor Light Counseling", "America/Chicago");

  @Test
  void aReceiptSaysWhoWasPaidHowMuchWhenAndWithWhichCard() {
    UUID payment = UUID.randomUUID();
    db.inTenant(
        tenant,
        () -> {
          mail.onReceiptDue(
              new PaymentReceiptDue(
                  tenant,
                  List.of("jo@example.org"),
                  payment,
                  15_000,
                  "USD",
                  Instant.parse("2026-03-02T03:00:00Z"),
                  "4242"));
          return null;
        });

    OutboxMessage message = SampleMail.all(tenant).get(0);
    assertThat(message.kind()).isEqualTo(MailKind.PAYMENT_RECEIPT);
    assertThat(message.recipient()).isEqualTo("jo@example.org");
    assertThat(message.subject()).isEqualTo("Your payment receipt from Harbor Light Counseling");
    assertThat(message.textBody())
        .contains("Harbor Light Counseling received your payment of $150.00 on 1 March 2026")
        .contains("from the card ending 4242")
        .containsPattern(
            "https://portal\\.example\\.org/p/[^/]+/portal/billing/receipt\\?id=" + payment);
  }

  @Test
  void aFailedAutopaySaysNothingWasChargedAndWhereToPay() {
    db.inTenant(
        tenant,
        () -> {
          mail.onAutopayFailed(
              new AutopayFailed(
                  tenant,
                  List.of("jo@example.org"),
                  9_000,
                  "USD",
                  "0002",
                  "Your card was declined."));
          return null;
        });

    OutboxMessage message = SampleMail.all(tenant).get(0);
    assertThat(message.kind()).isEqualTo(MailKind.AUTOPAY_FAILED);
    assertThat(message.textBody())
        .contains("tried to charge $90.00 to the card ending 0002")
        .contains("Your card was declined. Nothing was charged.")
        .containsPattern("/portal/billing\n");
  }

  @Test
  void aNewInvoiceSaysItsNumberDayAndWhatIsToPayButNotWhatItIsFor() {
    db.inTenant(
        tenant,
        () -> {
          mail.onInvoiceNoticeDue(
              new InvoiceNoticeDue(
                  tenant,
                  List.of("jo@example.org", "maria@example.org"),
                  12,
                  15_000,
                  "USD",
                  Instant.parse("2026-03-02T03:00:00Z")));
          return null;
        });

    List<OutboxMessage> messages = SampleMail.all(tenant);
    assertThat(messages)
        .extracting(OutboxMessage::recipient)
        .containsExactlyInAnyOrder("jo@example.org", "maria@example.org");
    OutboxMessage message = messages.get(0);
    assertThat(message.kind()).isEqualTo(MailKind.INVOICE_NOTICE);
    assertThat(message.subject()).isEqualTo("A new invoice from Harbor Light Counseling");
    assertThat(message.textBody())
        .contains("Harbor Light Counseling sent you invoice 12 on 1 March 2026: $150.00 to pay.")
        .containsPattern("https://portal\\.example\\.org/p/[^/]+/portal/billing\n");
    assertThat(message.htmlBody())
        .hasValueSatisfying(html -> assertThat(html).contains("See the invoice"));
  }
}
