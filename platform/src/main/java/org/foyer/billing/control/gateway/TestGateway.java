package org.foyer.billing.control.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.foyer.billing.entity.GatewayKind;

/**
 * A processor for development and tests without keys, answering the way Stripe's test mode does:
 * card tokens decide the outcome ({@link #DECLINED_CARD}, {@link #AUTHENTICATION_CARD}, any other
 * token succeeds), so does one special amount ({@link #DECLINED_AMOUNT}), the same idempotency key
 * gets the same answer without charging again, a refund never exceeds what was charged, and
 * webhooks are signed as Stripe signs them. It keeps its charges in memory only.
 */
@ApplicationScoped
public class TestGateway implements PaymentGateway {

  public static final String GOOD_CARD = "pm_card_visa";
  public static final String DECLINED_CARD = "pm_card_chargeDeclined";
  public static final String AUTHENTICATION_CARD = "pm_card_authenticationRequired";

  /** Any card is declined for this amount (400.02), to rehearse a decline with a good card. */
  public static final long DECLINED_AMOUNT = 40_002;

  private final Map<String, ChargeResult> answered = new ConcurrentHashMap<>();
  private final Map<String, Long> charged = new ConcurrentHashMap<>();
  private final Map<String, Long> refunded = new ConcurrentHashMap<>();
  private final Map<String, RefundResult> refunds = new ConcurrentHashMap<>();
  private final Clock clock;

  public TestGateway() {
    this(Clock.systemUTC());
  }

  public TestGateway(Clock clock) {
    this.clock = clock;
  }

  @Override
  public GatewayKind kind() {
    return GatewayKind.TEST;
  }

  @Override
  public ChargeResult charge(GatewayAccount account, ChargeRequest request) {
    return answered.computeIfAbsent(request.idempotencyKey(), key -> decide(request));
  }

  private ChargeResult decide(ChargeRequest request) {
    String ref = "pi_test_" + UUID.randomUUID().toString().replace("-", "");
    if (request.paymentMethod() == null || request.paymentMethod().isBlank()) {
      return ChargeResult.declined(null, "No card was given");
    }
    if (DECLINED_CARD.equals(request.paymentMethod()) || request.amountCents() == DECLINED_AMOUNT) {
      return ChargeResult.declined(ref, "Your card was declined.");
    }
    if (AUTHENTICATION_CARD.equals(request.paymentMethod())) {
      return new ChargeResult(
          ChargeResult.Outcome.REQUIRES_ACTION,
          ref,
          ref + "_secret_test",
          "The card's bank asks the client to confirm the payment");
    }
    charged.put(ref, request.amountCents());
    return ChargeResult.succeeded(ref);
  }

  /** The client passed their bank's check: the charge goes through, as Stripe's webhook tells. */
  public void authenticate(String processorRef, long amountCents) {
    charged.put(processorRef, amountCents);
  }

  @Override
  public synchronized RefundResult refund(GatewayAccount account, RefundRequest request) {
    RefundResult earlier = refunds.get(request.idempotencyKey());
    if (earlier != null) {
      return earlier;
    }
    long paid = charged.getOrDefault(request.processorRef(), 0L);
    long back = refunded.getOrDefault(request.processorRef(), 0L);
    RefundResult result;
    if (request.amountCents() > paid - back) {
      result = new RefundResult(false, null, "The refund is more than what is left of the charge");
    } else {
      refunded.merge(request.processorRef(), request.amountCents(), Long::sum);
      result =
          new RefundResult(true, "re_test_" + UUID.randomUUID().toString().replace("-", ""), null);
    }
    refunds.put(request.idempotencyKey(), result);
    return result;
  }

  @Override
  public String createCustomer(GatewayAccount account, String idempotencyKey, String client) {
    return "cus_test_"
        + UUID.nameUUIDFromBytes(idempotencyKey.getBytes()).toString().substring(0, 8);
  }

  @Override
  public SetupResult setUpCard(GatewayAccount account, String idempotencyKey, String customer) {
    String ref =
        "seti_test_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes()).toString().substring(0, 8);
    return new SetupResult(ref, ref + "_secret_test");
  }

  @Override
  public WebhookEvent readWebhook(GatewayAccount account, String payload, String signature) {
    return StripeEvents.read(account, payload, signature, clock);
  }

  /**
   * What this processor charged under a charge id, less refunds: for "ledger and processor agree".
   */
  public long netCharged(String processorRef) {
    return charged.getOrDefault(processorRef, 0L) - refunded.getOrDefault(processorRef, 0L);
  }

  /** Every charge id this processor made money on. */
  public Set<String> chargeRefs() {
    return Set.copyOf(charged.keySet());
  }
}
