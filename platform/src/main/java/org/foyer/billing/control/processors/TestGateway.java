package org.foyer.billing.control.processors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Test card numbers its card form takes, as Stripe's test mode documents them. */
  public static final String GOOD_NUMBER = "4242424242424242";

  public static final String DECLINED_NUMBER = "4000000000000002";
  public static final String AUTHENTICATION_NUMBER = "4000002760003184";
  public static final String MASTERCARD_NUMBER = "5555555555554444";

  private static final Map<String, CardDetails> NAMED_CARDS =
      Map.of(
          GOOD_CARD, new CardDetails("visa", "4242", 12, 2034),
          DECLINED_CARD, new CardDetails("visa", "0002", 12, 2034),
          AUTHENTICATION_CARD, new CardDetails("visa", "3184", 12, 2034));

  private final Map<String, ChargeResult> answered = new ConcurrentHashMap<>();
  private final Map<String, CardDetails> tokens = new ConcurrentHashMap<>();
  private final Map<String, String> behaviours = new ConcurrentHashMap<>();
  private final Map<String, Long> awaitingAuthentication = new ConcurrentHashMap<>();
  private final Map<String, ChargeResult> authenticated = new ConcurrentHashMap<>();
  private final Map<String, ElementSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, String> madeTokens = new ConcurrentHashMap<>();
  private final Map<String, Long> charged = new ConcurrentHashMap<>();
  private final Map<String, Long> refunded = new ConcurrentHashMap<>();
  private final Map<String, RefundResult> refunds = new ConcurrentHashMap<>();
  private Clock clock;

  protected TestGateway() {}

  @Inject
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
    String card = behaviours.getOrDefault(request.paymentMethod(), request.paymentMethod());
    if (DECLINED_CARD.equals(card) || request.amountCents() == DECLINED_AMOUNT) {
      return ChargeResult.declined(ref, "Your card was declined.");
    }
    if (AUTHENTICATION_CARD.equals(card)) {
      if (request.offSession()) {
        // Off the client's session (autopay) nobody can answer the bank: Stripe declines it.
        return ChargeResult.declined(ref, "The card's bank asked the cardholder to confirm it.");
      }
      awaitingAuthentication.put(ref, request.amountCents());
      return awaitingTheBank(ref);
    }
    charged.put(ref, request.amountCents());
    return ChargeResult.succeeded(ref);
  }

  /** The client passed their bank's check: the charge goes through, as Stripe's webhook tells. */
  public void authenticate(String processorRef, long amountCents) {
    charged.put(processorRef, amountCents);
    awaitingAuthentication.remove(processorRef);
    authenticated.put(processorRef, ChargeResult.succeeded(processorRef));
  }

  /** The client's answer on the bank's page of a charge waiting for it. */
  public void authenticate(String processorRef, boolean passed) {
    Long amount = awaitingAuthentication.remove(processorRef);
    if (amount == null) {
      return;
    }
    if (passed) {
      authenticate(processorRef, amount);
    } else {
      authenticated.put(
          processorRef,
          ChargeResult.declined(processorRef, "The card's bank did not confirm the payment."));
    }
  }

  @Override
  public ChargeResult lookUp(GatewayAccount account, String processorRef) {
    if (awaitingAuthentication.containsKey(processorRef)) {
      return awaitingTheBank(processorRef);
    }
    ChargeResult known = authenticated.get(processorRef);
    if (known != null) {
      return known;
    }
    return charged.containsKey(processorRef)
        ? ChargeResult.succeeded(processorRef)
        : ChargeResult.unknown("The test processor knows no such charge");
  }

  @Override
  public CardDetails describeCard(GatewayAccount account, String paymentMethodRef) {
    CardDetails card =
        paymentMethodRef == null
            ? null
            : tokens.getOrDefault(paymentMethodRef, NAMED_CARDS.get(paymentMethodRef));
    if (card == null) {
      throw new InvalidInput("The test processor knows no card by that token");
    }
    return card;
  }

  /**
   * Turns a card typed into this processor's own form into a token, as Stripe.js does: the number
   * stays here and Foyer is handed only the token.
   *
   * @return the token
   * @throws InvalidInput when the number, expiry or security code is not a test card's
   */
  public String tokenise(String number, int expMonth, int expYear, String cvc, YearMonth today) {
    String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
    String behaviour =
        switch (digits) {
          case GOOD_NUMBER, MASTERCARD_NUMBER -> GOOD_CARD;
          case DECLINED_NUMBER -> DECLINED_CARD;
          case AUTHENTICATION_NUMBER, "4000002500003155" -> AUTHENTICATION_CARD;
          default -> null;
        };
    if (behaviour == null) {
      throw new InvalidInput(
          "Use one of the test card numbers listed above: this processor takes no real cards",
          Map.of("number", "Use one of the test card numbers"));
    }
    if (expMonth < 1 || expMonth > 12 || YearMonth.of(expYear, expMonth).isBefore(today)) {
      throw new InvalidInput(
          "The expiry date is in the past", Map.of("expiry", "Enter an expiry date to come"));
    }
    if (cvc == null || !cvc.matches("[0-9]{3,4}")) {
      throw new InvalidInput(
          "The security code is the 3 digits on the back of the card",
          Map.of("cvc", "Enter 3 digits"));
    }
    String token = "pm_test_" + UUID.randomUUID().toString().replace("-", "");
    tokens.put(
        token,
        new CardDetails(
            digits.startsWith("5") ? "mastercard" : "visa",
            digits.substring(digits.length() - 4),
            expMonth,
            expYear));
    behaviours.put(token, behaviour);
    return token;
  }

  /**
   * A visit to this processor's own pages, opened by Foyer: to type a card (to pay or to save it)
   * or to answer the bank's check of a charge, then go back to {@code returnPath}.
   *
   * @param purpose {@code PAY}, {@code SAVE} or {@code AUTHENTICATE}
   * @param returnPath a path of this site, where the visitor goes back with {@code token=} added
   * @param processorRef the charge to authenticate, for {@code AUTHENTICATE}
   */
  public record ElementSession(
      String purpose,
      String merchant,
      long amountCents,
      String currency,
      String returnPath,
      String processorRef) {

    public ElementSession {
      if (returnPath == null || !returnPath.startsWith("/") || returnPath.startsWith("//")) {
        throw new IllegalArgumentException("a return path of this site");
      }
    }
  }

  /** Opens a visit to this processor's pages; the id goes in their address. */
  public String open(ElementSession session) {
    if (sessions.size() > 10_000) {
      sessions.clear();
      madeTokens.clear();
    }
    String id = UUID.randomUUID().toString();
    sessions.put(id, session);
    return id;
  }

  public Optional<ElementSession> findSession(String id) {
    return Optional.ofNullable(id == null ? null : sessions.get(id));
  }

  /** The token a card form already made, so a form posted twice hands back the same card. */
  public Optional<String> tokenFor(String sessionId) {
    return Optional.ofNullable(sessionId == null ? null : madeTokens.get(sessionId));
  }

  public void remember(String sessionId, String token) {
    madeTokens.put(sessionId, token);
  }

  /** Ends a visit once the visitor was sent back. */
  public void close(String id) {
    sessions.remove(id);
    madeTokens.remove(id);
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

  /**
   * Keeps any card this processor tokenised: like a real bank, one that declines charges can still
   * be saved, and is declined when it is charged.
   */
  @Override
  public ChargeResult keepCard(
      GatewayAccount account, String idempotencyKey, String customer, String paymentMethod) {
    return ChargeResult.succeeded(
        "seti_test_"
            + UUID.nameUUIDFromBytes(idempotencyKey.getBytes()).toString().substring(0, 8));
  }

  @Override
  public ChargeResult lookUpKeptCard(
      GatewayAccount account, String keepingRef, String customer, String paymentMethod) {
    return ChargeResult.succeeded(keepingRef);
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

  /** The answer while the bank's check of a test payment is open; its secret is derived. */
  private static ChargeResult awaitingTheBank(String ref) {
    return ChargeResult.requiresAction(
        ref, ref + "_secret_test", "The card's bank asks the client to confirm the payment");
  }
}
