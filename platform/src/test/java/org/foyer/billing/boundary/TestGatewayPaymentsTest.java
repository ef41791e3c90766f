package org.foyer.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.billing.BillingWorld;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.control.processors.TestGateway;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test processor, for development without keys, behaves as the real one: tokens and a special
 * amount decide the outcome, and what it charged agrees with the ledger.
 */
class TestGatewayPaymentsTest {

  private final BillingWorld world = new BillingWorld("billing-test-gateway");

  @BeforeEach
  void practiceOnTheTestProcessor() {
    world.in(
        () -> {
          world.settings.connect(world.base.admin, "TEST", null, "whsec_dev");
          return null;
        });
  }

  @Test
  void aCardIsRefusedWhileThePracticeTakesNoCardsOnline() {
    world.in(
        () -> {
          world.settings.connect(world.base.admin, "MANUAL", null, null);
          return null;
        });
    assertThatThrownBy(() -> world.pay(1_000, "CARD", TestGateway.GOOD_CARD))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("record a card terminal payment");
  }

  @Test
  void declinesByCardAndBySpecialAmountLeaveTheLedgerAlone() {
    PaymentView byCard = world.pay(2_000, "CARD", TestGateway.DECLINED_CARD);
    PaymentView byAmount = world.pay(TestGateway.DECLINED_AMOUNT, "CARD", TestGateway.GOOD_CARD);

    assertThat(byCard.status()).isEqualTo("FAILED");
    assertThat(byAmount.status()).isEqualTo("FAILED");
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void authenticationRequiredWaitsForTheClient() {
    PaymentView payment = world.pay(2_000, "CARD", TestGateway.AUTHENTICATION_CARD);

    assertThat(payment.status()).isEqualTo("REQUIRES_ACTION");
    assertThat(payment.clientSecret()).endsWith("_secret_test");
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void theLedgerAndTheProcessorAgree() {
    LedgerLine first = world.chargeJo(10_000, "Report");
    LedgerLine second = world.chargeJo(4_000, "Letter");
    InvoiceView one = world.sentInvoice(first.id());
    InvoiceView two = world.sentInvoice(second.id());
    PaymentView split =
        world.pay(
            12_000,
            "CARD",
            TestGateway.GOOD_CARD,
            new PaymentRequest.Allocation(one.id(), 8_000),
            new PaymentRequest.Allocation(two.id(), 4_000));
    PaymentView declined = world.pay(2_000, "CARD", TestGateway.DECLINED_CARD);
    PaymentView cash = world.pay(1_000, "CASH", null);
    world.in(
        () ->
            world.payments.refund(world.biller, split.id(), new RefundOrder(3_000, "re-1", null)));

    List<LedgerLine> lines =
        world.in(() -> world.billing.ledger(world.biller, world.base.jo)).lines();
    long cardInLedger =
        -lines.stream()
            .filter(l -> split.id().equals(l.paymentId()) || declined.id().equals(l.paymentId()))
            .mapToLong(LedgerLine::amountCents)
            .sum();
    long atProcessor =
        world.testGateway.chargeRefs().stream().mapToLong(world.testGateway::netCharged).sum();
    assertThat(cardInLedger).isEqualTo(atProcessor).isEqualTo(9_000);
    assertThat(world.joBalance()).isEqualTo(14_000 - 9_000 - 1_000);
    UUID unused = cash.id();
    assertThat(unused).isNotNull();
  }

  @Test
  void theSameAttemptKeyIsOneChargeAtTheProcessor() {
    PaymentRequest request =
        new PaymentRequest(
            world.base.jo, 2_500, "CARD", "same-key", TestGateway.GOOD_CARD, null, List.of());
    PaymentView first = world.in(() -> world.payments.pay(world.biller, request));
    PaymentView again = world.in(() -> world.payments.pay(world.biller, request));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(world.testGateway.chargeRefs()).hasSize(1);
    assertThat(world.joBalance()).isEqualTo(-2_500);
  }
}
