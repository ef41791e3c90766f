package org.foyer.billing.control.processors;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.foyer.billing.control.gateway.ForgedWebhook;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.control.gateway.WebhookEvent;

/**
 * Reads a webhook in Stripe's form: the {@code Stripe-Signature} header's {@code v1} HMAC-SHA256
 * over "timestamp.payload" with the endpoint's signing secret, refused when older than the
 * tolerance so a captured webhook cannot be replayed much later (a replay within it is caught by
 * its event id). Shared by the Stripe adapter and the test processor, which signs the same way.
 */
final class StripeEvents {

  static final Duration TOLERANCE = Duration.ofMinutes(5);
  static final String PAYMENT_METADATA = "foyer_payment";

  private StripeEvents() {}

  static WebhookEvent read(GatewayAccount account, String payload, String header, Clock clock) {
    String secret =
        account
            .webhookSecret()
            .orElseThrow(() -> new ForgedWebhook("The practice has no webhook signing secret"));
    if (payload == null || header == null || header.isBlank()) {
      throw new ForgedWebhook("The webhook is not signed");
    }
    Event event;
    try {
      event = Webhook.constructEvent(payload, header, secret, TOLERANCE.toSeconds(), clock);
    } catch (SignatureVerificationException e) {
      throw new ForgedWebhook("The webhook's signature does not match or is too old");
    } catch (RuntimeException e) {
      // A signed body that is not an event: gson's parse errors are unchecked.
      throw new ForgedWebhook("The webhook is not a readable event");
    }
    WebhookEvent.Kind kind =
        switch (event.getType()) {
          case "payment_intent.succeeded" -> WebhookEvent.Kind.PAYMENT_SUCCEEDED;
          case "payment_intent.payment_failed" -> WebhookEvent.Kind.PAYMENT_FAILED;
          default -> WebhookEvent.Kind.OTHER;
        };
    if (kind == WebhookEvent.Kind.OTHER) {
      return new WebhookEvent(event.getId(), event.getType(), kind, Optional.empty(), null, null);
    }
    Optional<PaymentIntent> read = intentOf(event);
    if (read.isEmpty()) {
      return new WebhookEvent(
          event.getId(), event.getType(), WebhookEvent.Kind.OTHER, Optional.empty(), null, null);
    }
    PaymentIntent intent = read.get();
    String message =
        intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getMessage();
    return new WebhookEvent(
        event.getId(),
        event.getType(),
        kind,
        paymentId(intent.getMetadata() == null ? null : intent.getMetadata().get(PAYMENT_METADATA)),
        intent.getId(),
        message);
  }

  /** Events written for another API version than the library's are still read, field by field. */
  private static Optional<PaymentIntent> intentOf(Event event) {
    Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
    try {
      StripeObject read =
          object.isPresent() ? object.get() : event.getDataObjectDeserializer().deserializeUnsafe();
      return read instanceof PaymentIntent intent ? Optional.of(intent) : Optional.empty();
    } catch (EventDataObjectDeserializationException e) {
      return Optional.empty();
    }
  }

  private static Optional<UUID> paymentId(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
