package org.foyer.billing.control.processors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.billing.control.gateway.ChargeRequest;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.control.gateway.ForgedWebhook;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.control.gateway.RefundRequest;
import org.foyer.billing.control.gateway.RefundResult;
import org.foyer.billing.control.gateway.WebhookEvent;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Stripe adapter against a local stub of the slice of Stripe's API it uses. */
class StripeGatewayTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

  private final StripeStub stripe = new StripeStub(server);
  private final MovableClock clock = new MovableClock(NOW);
  private final StripeGateway gateway =
      new StripeGateway(stripe.baseUrl(), Duration.ofMillis(800), clock);
  private final GatewayAccount account =
      new GatewayAccount(GatewayKind.STRIPE, StripeStub.SECRET_KEY, StripeStub.WEBHOOK_SECRET);

  private ChargeRequest charge(long amount, String key, UUID payment) {
    return new ChargeRequest(key, payment, amount, "USD", "pm_card_visa", null, null, false);
  }

  private static String form(LoggedRequest request) {
    return URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
  }

  @Test
  void aChargeIsOnePaymentIntentConfirmedAtOnceUnderTheAttemptsKey() {
    stripe.paymentIntentAnswers("pi_ok", "succeeded", 5_000, 0);
    UUID payment = UUID.randomUUID();

    ChargeResult result = gateway.charge(account, charge(5_000, "attempt-1", payment));

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.SUCCEEDED);
    assertThat(result.processorRef()).isEqualTo("pi_ok");
    LoggedRequest sent = stripe.requestsTo("/v1/payment_intents").get(0);
    assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("attempt-1");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + StripeStub.SECRET_KEY);
    assertThat(form(sent))
        .contains("amount=5000", "currency=usd", "confirm=true", "payment_method=pm_card_visa")
        .contains("metadata[foyer_payment]=" + payment);
  }

  @Test
  void aDeclinedCardIsDeclinedWithStripesWords() {
    stripe.cardDeclined("pi_declined", 6_000);

    ChargeResult result = gateway.charge(account, charge(6_000, "attempt-2", UUID.randomUUID()));

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.DECLINED);
    assertThat(result.message()).contains("Your card was declined.");
    assertThat(result.processorRef()).isEqualTo("pi_declined");
  }

  @Test
  void threeDSecureRequiredHandsBackTheClientSecretForTheCardForm() {
    stripe.paymentIntentAnswers("pi_3ds", "requires_action", 7_000, 0);

    ChargeResult result = gateway.charge(account, charge(7_000, "attempt-3", UUID.randomUUID()));

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.REQUIRES_ACTION);
    assertThat(result.clientSecret()).isEqualTo("pi_3ds_secret_stub");
  }

  @Test
  void noAnswerInTimeIsUnknownNeverFailed() {
    stripe.paymentIntentAnswers("pi_slow", "succeeded", 8_000, 2_500);

    ChargeResult result = gateway.charge(account, charge(8_000, "attempt-4", UUID.randomUUID()));

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.UNKNOWN);
    assertThat(stripe.requestsTo("/v1/payment_intents")).as("no retry of its own").hasSize(1);
  }

  @Test
  void refundsCustomersAndSetupIntentsCarryTheirKeys() {
    stripe.refundAnswers("re_1");
    stripe.customerAndSetupIntentAnswer("succeeded", "pm_card_1");

    RefundResult refund = gateway.refund(account, new RefundRequest("refund-1", "pi_ok", 1_000));
    String customer = gateway.createCustomer(account, "customer-1", "client-42");
    ChargeResult kept = gateway.keepCard(account, "keep-1", customer, "pm_card_1");

    assertThat(refund.succeeded()).isTrue();
    assertThat(refund.refundRef()).isEqualTo("re_1");
    assertThat(customer).isEqualTo("cus_1");
    assertThat(kept.outcome()).isEqualTo(ChargeResult.Outcome.SUCCEEDED);
    assertThat(kept.processorRef()).isEqualTo("seti_1");
    assertThat(stripe.requestsTo("/v1/refunds").get(0).getHeader("Idempotency-Key"))
        .isEqualTo("refund-1");
    assertThat(form(stripe.requestsTo("/v1/refunds").get(0)))
        .contains("payment_intent=pi_ok", "amount=1000");
    assertThat(stripe.requestsTo("/v1/customers").get(0).getHeader("Idempotency-Key"))
        .isEqualTo("customer-1");
    assertThat(stripe.requestsTo("/v1/setup_intents").get(0).getHeader("Idempotency-Key"))
        .isEqualTo("keep-1");
    assertThat(form(stripe.requestsTo("/v1/setup_intents").get(0)))
        .contains("customer=cus_1", "payment_method=pm_card_1", "confirm=true")
        .contains("usage=off_session");
  }

  @Test
  void keepingACardWaitsForTheBanksCheckAndIsNeverAnotherCustomersOrCard() {
    stripe.customerAndSetupIntentAnswer("requires_action", "pm_card_1");

    ChargeResult asked = gateway.keepCard(account, "keep-2", "cus_1", "pm_card_1");

    assertThat(asked.outcome()).isEqualTo(ChargeResult.Outcome.REQUIRES_ACTION);
    assertThat(asked.clientSecret()).isEqualTo("seti_1_secret_x");
    stripe.setupIntentReads("seti_1", "succeeded", "cus_1", "pm_card_1");
    assertThat(gateway.lookUpKeptCard(account, "seti_1", "cus_1", "pm_card_1").outcome())
        .isEqualTo(ChargeResult.Outcome.SUCCEEDED);
    assertThat(gateway.lookUpKeptCard(account, "seti_1", "cus_other", "pm_card_1").outcome())
        .as("a SetupIntent of another customer, swapped into the address")
        .isEqualTo(ChargeResult.Outcome.DECLINED);
    assertThat(gateway.lookUpKeptCard(account, "seti_1", "cus_1", "pm_card_2").outcome())
        .isEqualTo(ChargeResult.Outcome.DECLINED);
  }

  @Test
  void aSignedWebhookIsReadWithFoyersPayment() {
    UUID payment = UUID.randomUUID();
    String payload =
        StripeStub.event(
            "evt_1",
            "payment_intent.succeeded",
            StripeStub.intent("pi_ok", "succeeded", 5_000, payment));

    WebhookEvent event =
        gateway.readWebhook(
            account, payload, StripeStub.signature(payload, StripeStub.WEBHOOK_SECRET, NOW));

    assertThat(event.kind()).isEqualTo(WebhookEvent.Kind.PAYMENT_SUCCEEDED);
    assertThat(event.eventId()).isEqualTo("evt_1");
    assertThat(event.paymentId()).contains(payment);
    assertThat(event.processorRef()).isEqualTo("pi_ok");
  }

  @Test
  void aForgedAlteredOldOrUnsignedWebhookIsRefused() {
    String payload =
        StripeStub.event(
            "evt_2",
            "payment_intent.succeeded",
            StripeStub.intent("pi_ok", "succeeded", 5_000, UUID.randomUUID()));

    assertThatThrownBy(
            () ->
                gateway.readWebhook(
                    account, payload, StripeStub.signature(payload, "whsec_attacker", NOW)))
        .isInstanceOf(ForgedWebhook.class);
    assertThatThrownBy(
            () ->
                gateway.readWebhook(
                    account,
                    payload.replace("5000", "1"),
                    StripeStub.signature(payload, StripeStub.WEBHOOK_SECRET, NOW)))
        .isInstanceOf(ForgedWebhook.class);
    assertThatThrownBy(
            () ->
                gateway.readWebhook(
                    account,
                    payload,
                    StripeStub.signature(
                        payload, StripeStub.WEBHOOK_SECRET, NOW.minus(Duration.ofMinutes(6)))))
        .as("older than the five minutes' tolerance")
        .isInstanceOf(ForgedWebhook.class);
    assertThatThrownBy(() -> gateway.readWebhook(account, payload, null))
        .isInstanceOf(ForgedWebhook.class);
    assertThat(
            gateway
                .readWebhook(
                    account,
                    payload,
                    StripeStub.signature(
                        payload, StripeStub.WEBHOOK_SECRET, NOW.minus(Duration.ofMinutes(4))))
                .eventId())
        .as("within the tolerance")
        .isEqualTo("evt_2");
  }

  @Test
  void aPaymentWaitingForTheBankIsReadBackAfterTheCheck() {
    stripe.paymentIntentReads("pi_3ds", "succeeded", 5_000);

    ChargeResult result = gateway.lookUp(account, "pi_3ds");

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.SUCCEEDED);
    assertThat(result.processorRef()).isEqualTo("pi_3ds");
  }

  @Test
  void aPaymentStillWaitingForTheBankKeepsItsClientSecretForThePaymentElement() {
    stripe.paymentIntentReads("pi_wait", "requires_action", 5_000);

    ChargeResult result = gateway.lookUp(account, "pi_wait");

    assertThat(result.outcome()).isEqualTo(ChargeResult.Outcome.REQUIRES_ACTION);
    assertThat(result.clientSecret()).isEqualTo("pi_wait_secret_stub");
  }

  @Test
  void aCardIsDescribedByBrandLastFourAndExpiryOnly() {
    stripe.paymentMethodReads("pm_saved", "visa", "4242", 12, 2034);

    assertThat(gateway.describeCard(account, "pm_saved"))
        .isEqualTo(new CardDetails("visa", "4242", 12, 2034));
    assertThatThrownBy(() -> gateway.describeCard(account, "pm_unknown"))
        .isInstanceOf(org.foyer.core.errors.InvalidInput.class)
        .hasMessage("Stripe knows no card by that token");
  }

  @Test
  void anAutopayChargeIsMarkedOffSession() {
    stripe.paymentIntentAnswers("pi_auto", "succeeded", 7_000, 0);

    gateway.charge(
        account,
        new ChargeRequest(
            "autopay-1", UUID.randomUUID(), 7_000, "USD", "pm_saved", "cus_1", "Autopay", true));

    assertThat(form(stripe.requestsTo("/v1/payment_intents").get(0)))
        .contains("off_session=true", "customer=cus_1", "payment_method=pm_saved");
  }
}
