package org.foyer.billing.control.processors;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.model.SetupIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.billing.control.gateway.ChargeRequest;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.control.gateway.PaymentGateway;
import org.foyer.billing.control.gateway.RefundRequest;
import org.foyer.billing.control.gateway.RefundResult;
import org.foyer.billing.control.gateway.WebhookEvent;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.InvalidInput;

/**
 * The Stripe adapter, through Stripe's own Java client: PaymentIntents created and confirmed in one
 * call, customers and SetupIntents for saved cards, refunds, and webhooks. Every call carries the
 * caller's Idempotency-Key. The client does not retry by itself: a call that times out is left
 * {@link ChargeResult.Outcome#UNKNOWN}, and the payment is settled by Stripe's webhook (or by the
 * same attempt sent again with the same key, which Stripe answers without charging twice).
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

  static final String API_BASE = "https://api.stripe.com";

  private String apiBase;
  private Duration timeout;
  private Clock clock;

  protected StripeGateway() {}

  @Inject
  public StripeGateway(
      @ConfigProperty(name = "foyer.billing.stripe.api-base", defaultValue = API_BASE)
          String apiBase,
      Clock clock,
      @ConfigProperty(name = "foyer.billing.stripe.timeout-seconds", defaultValue = "20")
          int timeoutSeconds) {
    this(apiBase, Duration.ofSeconds(timeoutSeconds), clock);
  }

  public StripeGateway(String apiBase, Duration timeout, Clock clock) {
    this.apiBase = apiBase;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public GatewayKind kind() {
    return GatewayKind.STRIPE;
  }

  @Override
  public ChargeResult charge(GatewayAccount account, ChargeRequest request) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amountCents())
            .setCurrency(request.currency().toLowerCase(Locale.ROOT))
            .setPaymentMethod(request.paymentMethod())
            .addPaymentMethodType("card")
            .setConfirm(true)
            .putMetadata(StripeEvents.PAYMENT_METADATA, request.paymentId().toString());
    if (request.customerRef() != null) {
      params.setCustomer(request.customerRef());
    }
    if (request.offSession()) {
      params.setOffSession(true);
    }
    if (request.description() != null) {
      params.setDescription(request.description());
    }
    return outcome(
        () ->
            resultOf(
                client(account)
                    .paymentIntents()
                    .create(params.build(), key(request.idempotencyKey()))),
        "Stripe refused the payment: ");
  }

  /** A call that answers with an outcome, and may fail as Stripe's calls do. */
  @FunctionalInterface
  private interface StripeCall {
    ChargeResult call() throws StripeException;
  }

  /**
   * Runs a call that charges or keeps a card: the card's refusal is a decline, no answer in time is
   * unknown (the money may have moved), and any other refusal a decline in Stripe's words.
   */
  private static ChargeResult outcome(StripeCall call, String refused) {
    try {
      return call.call();
    } catch (CardException e) {
      return ChargeResult.declined(intentOf(e), e.getMessage());
    } catch (ApiConnectionException | ApiException | RateLimitException e) {
      return ChargeResult.unknown("Stripe did not answer in time");
    } catch (StripeException e) {
      return ChargeResult.declined(null, refused + e.getMessage());
    }
  }

  private static String intentOf(CardException e) {
    PaymentIntent intent =
        e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
    return intent == null ? null : intent.getId();
  }

  static ChargeResult resultOf(PaymentIntent intent) {
    return switch (intent.getStatus()) {
      case "succeeded" -> ChargeResult.succeeded(intent.getId());
      case "requires_action" ->
          ChargeResult.requiresAction(
              intent.getId(),
              intent.getClientSecret(),
              "The card's bank asks the client to confirm the payment");
      case "requires_payment_method", "canceled" ->
          ChargeResult.declined(
              intent.getId(),
              intent.getLastPaymentError() == null
                  ? "The card was declined"
                  : intent.getLastPaymentError().getMessage());
      default -> new ChargeResult(ChargeResult.Outcome.UNKNOWN, intent.getId(), null, null);
    };
  }

  @Override
  public RefundResult refund(GatewayAccount account, RefundRequest request) {
    RefundCreateParams params =
        RefundCreateParams.builder()
            .setPaymentIntent(request.processorRef())
            .setAmount(request.amountCents())
            .build();
    try {
      Refund refund = client(account).refunds().create(params, key(request.idempotencyKey()));
      boolean done = "succeeded".equals(refund.getStatus()) || "pending".equals(refund.getStatus());
      return new RefundResult(done, refund.getId(), done ? null : "Stripe did not refund");
    } catch (StripeException e) {
      return new RefundResult(false, null, "Stripe refused the refund: " + e.getMessage());
    }
  }

  @Override
  public String createCustomer(GatewayAccount account, String idempotencyKey, String client) {
    CustomerCreateParams params =
        CustomerCreateParams.builder().putMetadata("foyer_client", client).build();
    try {
      Customer customer = client(account).customers().create(params, key(idempotencyKey));
      return customer.getId();
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe did not create the customer: " + e.getMessage(), e);
    }
  }

  @Override
  public ChargeResult keepCard(
      GatewayAccount account, String idempotencyKey, String customer, String paymentMethod) {
    SetupIntentCreateParams params =
        SetupIntentCreateParams.builder()
            .setCustomer(customer)
            .setPaymentMethod(paymentMethod)
            .addPaymentMethodType("card")
            .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
            .setConfirm(true)
            .build();
    return outcome(
        () ->
            keepingOf(
                client(account).setupIntents().create(params, key(idempotencyKey)),
                customer,
                paymentMethod),
        "Stripe refused to keep the card: ");
  }

  @Override
  public ChargeResult lookUpKeptCard(
      GatewayAccount account, String keepingRef, String customer, String paymentMethod) {
    try {
      return keepingOf(
          client(account).setupIntents().retrieve(keepingRef), customer, paymentMethod);
    } catch (InvalidRequestException e) {
      return ChargeResult.declined(null, "Stripe knows no such card");
    } catch (StripeException e) {
      return ChargeResult.unknown("Stripe did not answer in time");
    }
  }

  /**
   * A SetupIntent as an outcome; one of another customer or card (a reference swapped in the
   * address) keeps nothing.
   */
  static ChargeResult keepingOf(SetupIntent intent, String customer, String paymentMethod) {
    if (!customer.equals(intent.getCustomer())
        || !paymentMethod.equals(intent.getPaymentMethod())) {
      return ChargeResult.declined(intent.getId(), "That card was not saved here");
    }
    return switch (intent.getStatus()) {
      case "succeeded" -> ChargeResult.succeeded(intent.getId());
      case "requires_action" ->
          ChargeResult.requiresAction(
              intent.getId(),
              intent.getClientSecret(),
              "The card's bank asks the client to confirm saving the card");
      case "processing" -> ChargeResult.unknown("Stripe is still checking the card");
      default ->
          ChargeResult.declined(
              intent.getId(),
              intent.getLastSetupError() == null
                  ? "The card could not be saved"
                  : intent.getLastSetupError().getMessage());
    };
  }

  @Override
  public ChargeResult lookUp(GatewayAccount account, String processorRef) {
    try {
      return resultOf(client(account).paymentIntents().retrieve(processorRef));
    } catch (StripeException e) {
      return ChargeResult.unknown("Stripe did not answer in time");
    }
  }

  @Override
  public CardDetails describeCard(GatewayAccount account, String paymentMethodRef) {
    try {
      PaymentMethod method = client(account).paymentMethods().retrieve(paymentMethodRef);
      PaymentMethod.Card card = method.getCard();
      if (card == null) {
        throw new InvalidInput("Stripe knows no card by that token");
      }
      return new CardDetails(
          card.getBrand(),
          card.getLast4(),
          Math.toIntExact(card.getExpMonth()),
          Math.toIntExact(card.getExpYear()));
    } catch (InvalidRequestException e) {
      throw new InvalidInput("Stripe knows no card by that token");
    } catch (StripeException e) {
      throw new IllegalStateException("Stripe did not describe the card: " + e.getMessage(), e);
    }
  }

  @Override
  public WebhookEvent readWebhook(GatewayAccount account, String payload, String signature) {
    return StripeEvents.read(account, payload, signature, clock);
  }

  private StripeClient client(GatewayAccount account) {
    String secretKey =
        account
            .secretKey()
            .orElseThrow(() -> new IllegalStateException("The practice has no Stripe secret key"));
    int millis = Math.toIntExact(timeout.toMillis());
    return StripeClient.builder()
        .setApiKey(secretKey)
        .setApiBase(apiBase)
        .setConnectTimeout(millis)
        .setReadTimeout(millis)
        .setMaxNetworkRetries(0)
        .build();
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }
}
