package org.foyer.billing.boundary;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.billing.BillingWorld;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.cards.CardSaving;
import org.foyer.billing.cards.CardToSave;
import org.foyer.billing.control.gateway.ForgedWebhook;
import org.foyer.billing.control.processors.StripeGateway;
import org.foyer.billing.control.processors.StripeStub;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.settings.entity.BillingSettings;
import org.foyer.core.errors.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Card payments through the Stripe adapter against its stub, end to end through billing's services
 * and PostgreSQL: the invariants of issue 16 that involve the processor.
 */
class StripePaymentsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final StripeStub stripe = new StripeStub(server);
  private BillingWorld world;
  private InvoiceView invoice;

  @BeforeEach
  void practiceOnStripe() {
    world =
        new BillingWorld(
            "billing-stripe",
            new StripeGateway(stripe.baseUrl(), Duration.ofMillis(800), fixedClock()));
    world.in(
        () -> {
          world.settings.connect(
              world.base.admin, "STRIPE", StripeStub.SECRET_KEY, StripeStub.WEBHOOK_SECRET);
          return null;
        });
    LedgerLine charge = world.chargeJo(5_000, "Assessment report");
    invoice = world.sentInvoice(charge.id());
  }

  private java.time.Clock fixedClock() {
    return java.time.Clock.fixed(AppointmentsWorld.NOW, java.time.ZoneOffset.UTC);
  }

  private PaymentRequest card(long cents, String key) {
    return new PaymentRequest(
        world.base.jo,
        cents,
        "CARD",
        key,
        "pm_card_visa",
        null,
        List.of(new PaymentRequest.Allocation(invoice.id(), cents)));
  }

  private PaymentView pay(PaymentRequest request) {
    return world.in(() -> world.payments.pay(world.biller, request));
  }

  private boolean webhook(String payload, String signature) {
    return world.in(() -> world.webhooks.receive("stripe", payload, signature));
  }

  private String signed(String payload) {
    return StripeStub.signature(payload, StripeStub.WEBHOOK_SECRET, AppointmentsWorld.NOW);
  }

  private long paymentEntries() {
    return world.in(() -> world.billing.ledger(world.biller, world.base.jo)).lines().stream()
        .filter(line -> line.kind().equals("PAYMENT"))
        .count();
  }

  @Test
  void aCardSavedThroughASetupIntentAfterTheBanksCheckIsChargedOnItsCustomer() {
    world.base.clientsPayOnline(true);
    stripe.paymentMethodReads("pm_card_saved", "visa", "3184", 12, 2034);
    stripe.customerAndSetupIntentAnswer("requires_action", "pm_card_saved");

    CardSaving asked =
        world.in(
            () ->
                world.portalBilling.saveCard(
                    world.base.joLogin, world.base.jo, new CardToSave("pm_card_saved")));

    assertThat(asked.saved()).as("nothing is kept before the bank's check").isFalse();
    assertThat(asked.clientSecret()).isEqualTo("seti_1_secret_x");
    assertThat(asked.keepingRef()).isEqualTo("seti_1");
    assertThat(world.in(() -> world.payments.listSavedCards(world.biller, world.base.jo)))
        .isEmpty();

    stripe.setupIntentReads("seti_1", "succeeded", "cus_1", "pm_card_saved");
    CardSaving kept =
        world.in(
            () ->
                world.portalBilling.saveCard(
                    world.base.joLogin,
                    world.base.jo,
                    new CardToSave("pm_card_saved", asked.keepingRef())));

    assertThat(kept.saved()).isTrue();
    assertThat(kept.card().label()).isEqualTo("Visa ending 3184, expires 12/2034");
    stripe.paymentIntentAnswers("pi_saved", "succeeded", 5_000, 0);
    PaymentView paid =
        world.in(
            () ->
                world.payments.payWithSavedCard(
                    world.biller,
                    kept.card().id(),
                    new PaymentRequest(
                        world.base.jo,
                        5_000,
                        "CARD",
                        "desk-saved-1",
                        null,
                        null,
                        List.of(new PaymentRequest.Allocation(invoice.id(), 5_000)))));
    assertThat(paid.status()).isEqualTo("SUCCEEDED");
    assertThat(form(stripe.requestsTo("/v1/payment_intents").get(0)))
        .contains("customer=cus_1", "payment_method=pm_card_saved", "off_session=true");
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void aSetupIntentOfAnotherCustomerSentBackKeepsNoCard() {
    world.base.clientsPayOnline(true);
    stripe.paymentMethodReads("pm_card_saved", "visa", "3184", 12, 2034);
    stripe.customerAndSetupIntentAnswer("requires_action", "pm_card_saved");
    stripe.setupIntentReads("seti_other", "succeeded", "cus_someone_else", "pm_card_saved");

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.portalBilling.saveCard(
                            world.base.joLogin,
                            world.base.jo,
                            new CardToSave("pm_card_saved", "seti_other"))))
        .isInstanceOf(org.foyer.core.errors.InvalidInput.class)
        .hasMessageContaining("Nothing was saved");
    assertThat(world.in(() -> world.payments.listSavedCards(world.biller, world.base.jo)))
        .isEmpty();
  }

  private static String form(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
    return java.net.URLDecoder.decode(
        request.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aSucceededCardPaymentPaysTheInvoice() {
    stripe.paymentIntentAnswers("pi_ok", "succeeded", 5_000, 0);

    PaymentView payment = pay(card(5_000, "click-1"));

    assertThat(payment.status()).isEqualTo("SUCCEEDED");
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, invoice.id())).status())
        .isEqualTo(InvoiceState.PAID);
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void aDeclinedCardLeavesTheLedgerAsItWas() {
    stripe.cardDeclined("pi_no", 5_000);

    PaymentView payment = pay(card(5_000, "click-declined"));

    assertThat(payment.status()).isEqualTo("FAILED");
    assertThat(payment.message()).contains("Your card was declined.");
    assertThat(world.joBalance()).isEqualTo(5_000);
  }

  @Test
  void threeDSecureWaitsForTheClientAndTheWebhookSettlesIt() {
    stripe.paymentIntentAnswers("pi_3ds", "requires_action", 5_000, 0);

    PaymentView payment = pay(card(5_000, "click-3ds"));
    assertThat(payment.status()).isEqualTo("REQUIRES_ACTION");
    assertThat(payment.clientSecret()).isEqualTo("pi_3ds_secret_stub");
    assertThat(world.joBalance()).isEqualTo(5_000);

    String event =
        StripeStub.event(
            "evt_3ds",
            "payment_intent.succeeded",
            StripeStub.intent("pi_3ds", "succeeded", 5_000, payment.id()));
    assertThat(webhook(event, signed(event))).isTrue();

    assertThat(world.in(() -> world.payments.get(world.biller, payment.id())).status())
        .isEqualTo("SUCCEEDED");
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void aTimeoutAfterStripeChargedIsReconciledFromTheWebhookWithoutChargingTwice() {
    stripe.paymentIntentAnswers("pi_slow", "succeeded", 5_000, 2_500);

    PaymentView pending = pay(card(5_000, "click-slow"));
    assertThat(pending.status()).isEqualTo("PENDING");
    assertThat(world.joBalance()).as("nothing in the ledger while unknown").isEqualTo(5_000);

    PaymentView clickedAgain = pay(card(5_000, "click-slow"));
    assertThat(clickedAgain.id()).isEqualTo(pending.id());

    String event =
        StripeStub.event(
            "evt_slow",
            "payment_intent.succeeded",
            StripeStub.intent("pi_slow", "succeeded", 5_000, pending.id()));
    assertThat(webhook(event, signed(event))).isTrue();

    assertThat(world.in(() -> world.payments.get(world.biller, pending.id())).status())
        .isEqualTo("SUCCEEDED");
    assertThat(paymentEntries()).isEqualTo(1);
    assertThat(world.joBalance()).isZero();
    assertThat(stripe.requestsTo("/v1/payment_intents")).as("charged once").hasSize(1);
  }

  @Test
  void aReplayedWebhookChangesNothing() {
    stripe.paymentIntentAnswers("pi_slow", "succeeded", 5_000, 2_500);
    PaymentView pending = pay(card(5_000, "click-replay"));
    String event =
        StripeStub.event(
            "evt_replayed",
            "payment_intent.succeeded",
            StripeStub.intent("pi_slow", "succeeded", 5_000, pending.id()));
    assertThat(webhook(event, signed(event))).isTrue();

    assertThat(webhook(event, signed(event))).isFalse();
    String sameNewsNewId =
        StripeStub.event(
            "evt_other",
            "payment_intent.succeeded",
            StripeStub.intent("pi_slow", "succeeded", 5_000, pending.id()));
    assertThat(webhook(sameNewsNewId, signed(sameNewsNewId))).isFalse();
    String lateFailure =
        StripeStub.event(
            "evt_failed_late",
            "payment_intent.payment_failed",
            StripeStub.intent("pi_slow", "requires_payment_method", 5_000, pending.id()));
    webhook(lateFailure, signed(lateFailure));

    assertThat(paymentEntries()).isEqualTo(1);
    assertThat(world.joBalance()).isZero();
    assertThat(world.in(() -> world.payments.get(world.biller, pending.id())).status())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void aForgedWebhookIsRefusedAndChangesNothing() {
    stripe.paymentIntentAnswers("pi_slow", "succeeded", 5_000, 2_500);
    PaymentView pending = pay(card(5_000, "click-forged"));
    String event =
        StripeStub.event(
            "evt_forged",
            "payment_intent.succeeded",
            StripeStub.intent("pi_slow", "succeeded", 5_000, pending.id()));

    assertThatThrownBy(
            () ->
                webhook(
                    event, StripeStub.signature(event, "whsec_attacker", AppointmentsWorld.NOW)))
        .isInstanceOf(ForgedWebhook.class);

    assertThat(world.in(() -> world.payments.get(world.biller, pending.id())).status())
        .isEqualTo("PENDING");
    assertThat(world.joBalance()).isEqualTo(5_000);
    assertThat(webhook(event, signed(event)))
        .as("the forged copy left no receipt that would hide the real event")
        .isTrue();
  }

  @Test
  void aDoubleClickedPayChargesOnce() throws Exception {
    stripe.paymentIntentAnswers("pi_double", "succeeded", 5_000, 400);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Object> click =
        () -> {
          start.await();
          try {
            return pay(card(5_000, "double-click"));
          } catch (Conflict e) {
            return e;
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Object> outcomes = new ArrayList<>();
    try {
      List<Future<Object>> clicks = List.of(pool.submit(click), pool.submit(click));
      start.countDown();
      for (Future<Object> f : clicks) {
        outcomes.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(stripe.requestsTo("/v1/payment_intents")).as("one charge at Stripe").hasSize(1);
    assertThat(
            outcomes.stream()
                .filter(PaymentView.class::isInstance)
                .map(o -> ((PaymentView) o).id())
                .distinct())
        .as("the twin finds the one payment, or is told it is already being taken")
        .hasSize(1);
    assertThat(outcomes).allMatch(o -> o instanceof PaymentView || o instanceof Conflict);
    assertThat(paymentEntries()).isEqualTo(1);
    assertThat(world.joBalance()).isZero();
    PaymentView afterwards = pay(card(5_000, "double-click"));
    assertThat(afterwards.status()).isEqualTo("SUCCEEDED");
    assertThat(stripe.requestsTo("/v1/payment_intents")).hasSize(1);
  }

  @Test
  void aRefundGoesToStripeUnderItsKeyAndNeverExceedsWhatWasPaid() {
    stripe.paymentIntentAnswers("pi_ok", "succeeded", 5_000, 0);
    stripe.refundAnswers("re_1");
    PaymentView payment = pay(card(5_000, "click-refund"));

    PaymentView refunded =
        world.in(
            () ->
                world.payments.refund(
                    world.biller, payment.id(), new RefundOrder(1_000, "refund-1", "Goodwill")));
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.payments.refund(
                            world.biller, payment.id(), new RefundOrder(4_001, "refund-2", null))))
        .isInstanceOf(org.foyer.core.errors.InvalidInput.class);

    assertThat(refunded.refundableCents()).isEqualTo(4_000);
    assertThat(stripe.requestsTo("/v1/refunds")).hasSize(1);
    assertThat(stripe.requestsTo("/v1/refunds").get(0).getHeader("Idempotency-Key"))
        .isEqualTo("refund-1");
    assertThat(world.joBalance()).isEqualTo(1_000);
  }

  @Test
  void thePracticesStripeKeysAreStoredOnlySealed() {
    BillingSettings stored = world.in(() -> world.accounts.settings());
    assertThat(stored.sealedSecretKey().orElseThrow())
        .startsWith("v1:")
        .doesNotContain(StripeStub.SECRET_KEY);
    assertThat(stored.sealedWebhookSecret().orElseThrow())
        .startsWith("v1:")
        .doesNotContain(StripeStub.WEBHOOK_SECRET);
    stripe.paymentIntentAnswers("pi_ok", "succeeded", 5_000, 0);
    pay(card(5_000, "click-key"));
    assertThat(stripe.requestsTo("/v1/payment_intents").get(0).getHeader("Authorization"))
        .isEqualTo("Bearer " + StripeStub.SECRET_KEY);
  }

  @Test
  void anotherPracticesWebhookSecretDoesNotOpenHere() {
    BillingWorld other =
        new BillingWorld(
            "billing-stripe-other",
            new StripeGateway(stripe.baseUrl(), Duration.ofMillis(800), fixedClock()));
    other.in(
        () -> {
          other.settings.connect(other.base.admin, "STRIPE", "sk_other", "whsec_other");
          return null;
        });
    stripe.paymentIntentAnswers("pi_slow", "succeeded", 5_000, 2_500);
    PaymentView pending = pay(card(5_000, "click-cross"));
    String event =
        StripeStub.event(
            "evt_cross",
            "payment_intent.succeeded",
            StripeStub.intent("pi_slow", "succeeded", 5_000, pending.id()));

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.webhooks.receive(
                            "stripe",
                            event,
                            StripeStub.signature(event, "whsec_other", AppointmentsWorld.NOW))))
        .isInstanceOf(ForgedWebhook.class);
    assertThat(world.joBalance()).isEqualTo(5_000);
    UUID unused = other.base.jo;
    assertThat(unused).isNotNull();
  }
}
