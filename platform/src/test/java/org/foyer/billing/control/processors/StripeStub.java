package org.foyer.billing.control.processors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The slice of Stripe's API the adapter uses, stubbed on a local port with answers shaped as
 * Stripe's (a PaymentIntent, a card error, 3-D Secure's requires_action), and webhooks signed as
 * Stripe signs them.
 */
public final class StripeStub {

  public static final String SECRET_KEY = "sk_test_foyer_practice";
  public static final String WEBHOOK_SECRET = "whsec_foyer_practice";

  private final WireMockExtension server;

  public StripeStub(WireMockExtension server) {
    this.server = server;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** A PaymentIntent in a status, answering the create call after {@code delayMillis}. */
  public void paymentIntentAnswers(String id, String status, long amount, int delayMillis) {
    server.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .withRequestBody(containing("amount=" + amount))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", "req_" + id)
                    .withFixedDelay(delayMillis)
                    .withBody(intent(id, status, amount, null))));
  }

  /** Stripe's answer to a declined card: 402 with a card_error. */
  public void cardDeclined(String id, long amount) {
    server.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .withRequestBody(containing("amount=" + amount))
            .willReturn(
                aResponse()
                    .withStatus(402)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error": {"type": "card_error", "code": "card_declined",
                          "decline_code": "generic_decline", "message": "Your card was declined.",
                          "payment_intent": %s}}
                        """
                            .formatted(intent(id, "requires_payment_method", amount, null)))));
  }

  public void refundAnswers(String id) {
    server.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id": "%s", "object": "refund", "status": "succeeded", "amount": 1000}
                        """
                            .formatted(id))));
  }

  /**
   * A customer cus_1, and the SetupIntent that keeps a card on it confirmed into a status ({@code
   * succeeded}, or {@code requires_action} for the bank's check).
   */
  public void customerAndSetupIntentAnswer(String setupStatus, String paymentMethod) {
    server.stubFor(
        post(urlEqualTo("/v1/customers"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\": \"cus_1\", \"object\": \"customer\"}")));
    server.stubFor(
        post(urlEqualTo("/v1/setup_intents"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(setupIntent("seti_1", setupStatus, "cus_1", paymentMethod))));
  }

  /** The SetupIntent read back after the client's bank check. */
  public void setupIntentReads(String id, String status, String customer, String paymentMethod) {
    server.stubFor(
        get(urlEqualTo("/v1/setup_intents/" + id))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(setupIntent(id, status, customer, paymentMethod))));
  }

  private static String setupIntent(
      String id, String status, String customer, String paymentMethod) {
    return """
        {"id": "%s", "object": "setup_intent", "client_secret": "%s_secret_x",
         "status": "%s", "customer": "%s", "payment_method": "%s", "usage": "off_session"}
        """
        .formatted(id, id, status, customer, paymentMethod);
  }

  /** A PaymentIntent read back (after the client's bank check) in a status. */
  public void paymentIntentReads(String id, String status, long amount) {
    server.stubFor(
        get(urlEqualTo("/v1/payment_intents/" + id))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(intent(id, status, amount, null))));
  }

  /** A card PaymentMethod made by Stripe.js's Payment Element; any other id is unknown. */
  public void paymentMethodReads(String id, String brand, String last4, int month, int year) {
    server.stubFor(
        get(urlEqualTo("/v1/payment_methods/" + id))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id": "%s", "object": "payment_method", "type": "card",
                         "card": {"brand": "%s", "last4": "%s", "exp_month": %d, "exp_year": %d}}
                        """
                            .formatted(id, brand, last4, month, year))));
    server.stubFor(
        get(urlMatching("/v1/payment_methods/(?!" + id + "$).*"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"type\": \"invalid_request_error\","
                            + " \"code\": \"resource_missing\","
                            + " \"message\": \"No such PaymentMethod\"}}")));
  }

  public List<LoggedRequest> requestsTo(String path) {
    return server.findAll(postRequestedFor(urlEqualTo(path)));
  }

  /** A PaymentIntent as Stripe writes it; {@code paymentId} is Foyer's metadata, if any. */
  public static String intent(String id, String status, long amount, UUID paymentId) {
    String metadata = paymentId == null ? "{}" : "{\"foyer_payment\": \"" + paymentId + "\"}";
    String action =
        "requires_action".equals(status)
            ? "{\"type\": \"use_stripe_sdk\", \"use_stripe_sdk\": {}}"
            : "null";
    return """
        {"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d,
         "currency": "usd", "status": "%s", "client_secret": "%s_secret_stub",
         "next_action": %s, "metadata": %s}
        """
        .formatted(
            id, amount, "succeeded".equals(status) ? amount : 0, status, id, action, metadata);
  }

  /** An event as Stripe posts it to a webhook endpoint. */
  public static String event(String eventId, String type, String intentJson) {
    return """
        {"id": "%s", "object": "event", "api_version": "%s", "created": 1772384400,
         "livemode": false, "pending_webhooks": 1, "type": "%s",
         "data": {"object": %s}}
        """
        .formatted(eventId, Stripe.API_VERSION, type, intentJson);
  }

  /** The Stripe-Signature header for a payload at a time, with a secret. */
  public static String signature(String payload, String secret, Instant at) {
    try {
      long t = at.getEpochSecond();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] v1 = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(v1);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
