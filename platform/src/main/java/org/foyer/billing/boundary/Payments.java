package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.billing.Money;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.cards.SavedCardView;
import org.foyer.billing.control.Gateways;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.Settlement;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.billing.control.gateway.ChargeRequest;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.control.gateway.RefundRequest;
import org.foyer.billing.control.gateway.RefundResult;
import org.foyer.billing.entity.Invoice;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.entity.PaymentAllocation;
import org.foyer.billing.entity.PaymentMethod;
import org.foyer.billing.entity.PaymentStatus;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/**
 * Payments taken or recorded by staff, and refunds. A payment is written under its attempt's
 * idempotency key before the processor is called, so a double-clicked Pay is one payment: the twin
 * either finds it or, racing it, is refused by the key's unique constraint. The ledger receives the
 * money only when the processor says it succeeded ({@link Settlement}), once, however many times
 * that is said.
 */
@ApplicationScoped
public class Payments {

  static final String PAYMENT = "That payment";

  private EntityManager em;
  private Billing billing;
  private Ledger ledger;
  private ProcessorAccounts accounts;
  private Gateways gateways;
  private Settlement settlement;
  private SavedCards savedCards;
  private Clock clock;

  protected Payments() {}

  @Inject
  public Payments(
      EntityManager em,
      Billing billing,
      Ledger ledger,
      ProcessorAccounts accounts,
      Gateways gateways,
      Settlement settlement,
      SavedCards savedCards,
      Clock clock) {
    this.em = em;
    this.billing = billing;
    this.ledger = ledger;
    this.accounts = accounts;
    this.gateways = gateways;
    this.settlement = settlement;
    this.savedCards = savedCards;
    this.clock = clock;
  }

  /**
   * Takes a card payment through the practice's processor, or records money staff took. The same
   * idempotency key sent again answers with the payment it made, without charging again.
   */
  @Transactional
  public PaymentView pay(Caller caller, PaymentRequest request) {
    Billing.requireBilling(caller);
    if (request == null) {
      throw new InvalidInput("Send the payment as a JSON object");
    }
    billing.requireClient(caller, request.clientId());
    return recorded(caller, take(caller.email(), request, null, false), "");
  }

  /** The client's saved cards as staff may name them: brand, last four and expiry only. */
  @Transactional(readOnly = true)
  public List<SavedCardView> listSavedCards(Caller caller, UUID clientId) {
    Billing.requireBilling(caller);
    billing.requireClient(caller, clientId);
    return savedCards.listOf(clientId).stream().map(PortalBilling::view).toList();
  }

  /**
   * Charges a card the client saved, at the desk or on the phone with them: the client agreed, when
   * saving it, that the practice may charge it for what they owe. Charged as the client away (their
   * bank cannot ask them to confirm at the desk), under the attempt's key like any payment.
   */
  @Transactional
  public PaymentView payWithSavedCard(Caller caller, UUID cardId, PaymentRequest request) {
    Billing.requireBilling(caller);
    if (request == null) {
      throw new InvalidInput("Send the payment as a JSON object");
    }
    billing.requireClient(caller, request.clientId());
    Payments.SavedCardCharge card =
        savedCards.chargeable(savedCards.cardOf(request.clientId(), cardId));
    return recorded(
        caller, take(caller.email(), request, card, true), " with saved card " + cardId);
  }

  /** Audits a payment taken by staff and answers with it. */
  private PaymentView recorded(Caller caller, Taken taken, String how) {
    Payment payment = taken.payment();
    billing.record(
        caller,
        AuditAction.PAYMENT_TAKEN,
        payment.clientId(),
        "payment " + payment.id() + how + " " + payment.status().name().toLowerCase());
    return view(payment, taken.clientSecret());
  }

  /**
   * A payment with what the processor's card form needs to finish it (3-D Secure), which is passed
   * on to the client and never stored.
   */
  record Taken(Payment payment, String clientSecret) {}

  /**
   * Takes a payment for a client the caller has already been checked for: the attempt's key finds
   * an earlier attempt, else the payment is written, split, charged and settled.
   *
   * @param card the saved card charged, or null for a card token or money taken in person
   * @param offSession whether the client is away (autopay)
   */
  Taken take(String actor, PaymentRequest request, SavedCardCharge card, boolean offSession) {
    Optional<Payment> earlier = findByKey(request.idempotencyKey());
    if (earlier.isPresent()) {
      sameAttempt(earlier.get(), request);
      return new Taken(earlier.get(), null);
    }
    PaymentMethod method = method(request.method());
    GatewayKind kind = method.isOnline() ? accounts.settings().gateway() : GatewayKind.MANUAL;
    if (method.isOnline() && kind == GatewayKind.MANUAL) {
      throw Billing.invalid(
          "method", "The practice takes no cards online; record a card terminal payment instead");
    }
    Payment payment =
        new Payment(
            request.clientId(),
            request.amountCents(),
            accounts.settings().currency(),
            kind,
            method,
            request.idempotencyKey(),
            request.reference(),
            actor,
            clock.instant());
    String token = card == null ? request.paymentMethod() : card.processorRef();
    if (method.isOnline() && token != null && !token.isBlank()) {
      cardOf(kind, token, card).ifPresent(d -> payment.paidWith(d.brand(), d.last4()));
    }
    em.persist(payment);
    claim(payment);
    allocate(payment, request.allocationsOrNone());
    ChargeResult result =
        gateways
            .get(kind)
            .charge(
                accounts.account(kind),
                new ChargeRequest(
                    payment.idempotencyKey(),
                    payment.id(),
                    payment.amountCents(),
                    payment.currency(),
                    token,
                    card == null ? null : card.customerRef(),
                    offSession ? "Autopay" : null,
                    offSession));
    settlement.learn(payment, result);
    return new Taken(payment, result.clientSecret());
  }

  /**
   * The card's brand and last four for the receipt. The processor is asked only for a new token,
   * and a receipt without them is better than no payment: a failure to describe the card is no
   * refusal.
   */
  private Optional<CardDetails> cardOf(GatewayKind kind, String token, SavedCardCharge saved) {
    if (saved != null) {
      return Optional.of(saved.details());
    }
    try {
      return Optional.of(gateways.get(kind).describeCard(accounts.account(kind), token));
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }

  /** A saved card to charge: the processor's token, its customer, and what the receipt shows. */
  record SavedCardCharge(String processorRef, String customerRef, CardDetails details) {}

  /**
   * Asks the processor where a payment waiting for the client's bank stands now, and settles it if
   * it went through (the webhook may have said so already; it settles once either way).
   */
  Taken refresh(Payment payment) {
    if (payment.status().isSettled() || payment.processorRef().isEmpty()) {
      return new Taken(payment, null);
    }
    ChargeResult result =
        gateways
            .get(payment.gateway())
            .lookUp(accounts.account(payment.gateway()), payment.processorRef().get());
    if (result.outcome() != ChargeResult.Outcome.UNKNOWN) {
      settlement.learn(payment, result);
    }
    return new Taken(payment, result.clientSecret());
  }

  /** A client's payments, newest first. */
  List<Payment> listOf(UUID clientId) {
    return em.createQuery(
            "SELECT p FROM Payment p WHERE p.clientId = :client ORDER BY p.createdAt DESC, p.id",
            Payment.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** A payment of this client; another client's is not found, as another practice's. */
  Payment paymentOf(UUID clientId, UUID paymentId) {
    Payment payment = paymentId == null ? null : em.find(Payment.class, paymentId);
    if (payment == null || !payment.clientId().equals(clientId)) {
      throw new NotFound(PAYMENT);
    }
    return payment;
  }

  /** A payment of (part of) one invoice, for its client. */
  @Transactional
  public PaymentView payInvoice(
      Caller caller,
      UUID invoiceId,
      long amountCents,
      String method,
      String idempotencyKey,
      String paymentMethod,
      String reference) {
    Billing.requireBilling(caller);
    Invoice invoice = billing.findInvoice(invoiceId);
    return pay(
        caller,
        new PaymentRequest(
            invoice.clientId(),
            amountCents,
            method,
            idempotencyKey,
            paymentMethod,
            reference,
            List.of(new PaymentRequest.Allocation(invoice.id(), amountCents))));
  }

  /**
   * Writes the payment now: its key's unique constraint makes a racing twin wait for this one and
   * then fail, rather than both reaching the processor.
   */
  private void claim(Payment payment) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new Conflict(
          "This payment is already being taken; look at the client's payments before trying again");
    }
  }

  private static void sameAttempt(Payment payment, PaymentRequest request) {
    if (!payment.clientId().equals(request.clientId())
        || payment.amountCents() != request.amountCents()) {
      throw new Conflict("This payment attempt was already used for another payment");
    }
  }

  private void allocate(Payment payment, List<PaymentRequest.Allocation> allocations) {
    long allocated = 0;
    Set<UUID> seen = new HashSet<>();
    for (PaymentRequest.Allocation allocation : allocations) {
      if (allocation == null || !seen.add(allocation.invoiceId())) {
        throw Billing.invalid("allocations", "Name each invoice once");
      }
      Invoice invoice = billing.invoiceOf(payment.clientId(), allocation.invoiceId());
      em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
      invoice.requirePayable();
      long due = billing.view(invoice).dueCents();
      if (allocation.amountCents() <= 0 || allocation.amountCents() > due) {
        throw Billing.invalid(
            "allocations",
            "A part of the payment is more than zero and at most what the invoice still owes ("
                + due
                + ")");
      }
      allocated += allocation.amountCents();
      em.persist(new PaymentAllocation(payment.id(), invoice.id(), allocation.amountCents()));
    }
    if (allocated > payment.amountCents()) {
      throw Billing.invalid("allocations", "The parts add up to more than the payment");
    }
  }

  /**
   * Returns money from a payment, never more than what is left of it: the payment's row is locked
   * so two refunds at once cannot both take the last of it.
   */
  @Transactional
  public PaymentView refund(Caller caller, UUID paymentId, RefundOrder order) {
    Billing.requireBilling(caller);
    Payment payment = paymentId == null ? null : em.find(Payment.class, paymentId);
    if (payment == null) {
      throw new NotFound(PAYMENT);
    }
    if (order == null) {
      throw new InvalidInput("Send the refund as a JSON object");
    }
    em.lock(payment, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(payment);
    if (payment.status() != PaymentStatus.SUCCEEDED) {
      throw new Conflict("Only a payment that went through can be refunded");
    }
    long left = ledger.netOfPayment(payment.id());
    if (order.amountCents() <= 0 || order.amountCents() > left) {
      throw Billing.invalid(
          "amountCents",
          "A refund is more than zero and at most what is left of the payment ("
              + Money.format(left, payment.currency())
              + ")");
    }
    if (order.idempotencyKey() == null || order.idempotencyKey().isBlank()) {
      throw Billing.invalid("idempotencyKey", "A refund needs an attempt key");
    }
    RefundResult result =
        gateways
            .get(payment.gateway())
            .refund(
                accounts.account(payment.gateway()),
                new RefundRequest(
                    order.idempotencyKey(),
                    payment.processorRef().orElse(null),
                    order.amountCents()));
    if (!result.succeeded()) {
      throw new Conflict(
          result.message() == null ? "The processor did not refund the payment" : result.message());
    }
    postRefund(caller, payment, order, result.refundRef());
    billing.record(
        caller,
        AuditAction.PAYMENT_REFUNDED,
        payment.clientId(),
        "payment " + payment.id() + " refunded " + order.amountCents());
    return view(payment, null);
  }

  /** Takes the refund from credit first, then from the invoices the payment went to. */
  private void postRefund(Caller caller, Payment payment, RefundOrder order, String refundRef) {
    long toReturn = order.amountCents();
    List<Map.Entry<Optional<UUID>, Long>> places =
        new ArrayList<>(ledger.remainingOfPayment(payment.id()).entrySet());
    places.sort((a, b) -> Boolean.compare(a.getKey().isPresent(), b.getKey().isPresent()));
    String reason =
        order.reason() == null || order.reason().isBlank() ? "Refund" : "Refund: " + order.reason();
    int part = 0;
    for (Map.Entry<Optional<UUID>, Long> place : places) {
      long take = Math.min(toReturn, place.getValue());
      if (take <= 0) {
        continue;
      }
      ledger.post(
          LedgerEntry.refund(
              payment.clientId(),
              take,
              payment.currency(),
              payment.id(),
              place.getKey().orElse(null),
              refundRef == null ? null : refundRef + (part++ == 0 ? "" : "#" + part),
              reason.length() > LedgerEntry.DESCRIPTION_LENGTH
                  ? reason.substring(0, LedgerEntry.DESCRIPTION_LENGTH)
                  : reason,
              caller.email(),
              clock.instant()));
      toReturn -= take;
    }
  }

  /** One payment; audited, so not a read-only transaction. */
  @Transactional
  public PaymentView get(Caller caller, UUID paymentId) {
    Billing.requireBilling(caller);
    Payment payment = paymentId == null ? null : em.find(Payment.class, paymentId);
    if (payment == null) {
      throw new NotFound(PAYMENT);
    }
    billing.record(
        caller,
        AuditAction.PAYMENT_VIEWED,
        payment.clientId(),
        "payment " + payment.id() + " read");
    return view(payment, null);
  }

  private Optional<Payment> findByKey(String key) {
    if (key == null || key.isBlank()) {
      throw Billing.invalid("idempotencyKey", "A payment needs an attempt key");
    }
    return em.createQuery("SELECT p FROM Payment p WHERE p.idempotencyKey = :key", Payment.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static PaymentMethod method(String name) {
    try {
      return PaymentMethod.valueOf(name == null ? "" : name.strip());
    } catch (IllegalArgumentException e) {
      throw Billing.invalid(
          "method", "Say how the client paid: CASH, CHEQUE, CARD_TERMINAL or CARD");
    }
  }

  PaymentView view(Payment payment, String clientSecret) {
    return new PaymentView(
        payment.id(),
        payment.clientId(),
        payment.amountCents(),
        payment.currency(),
        payment.method().name(),
        payment.status().name(),
        payment.status() == PaymentStatus.REQUIRES_ACTION ? clientSecret : null,
        payment.failure().orElse(null),
        payment.status() == PaymentStatus.SUCCEEDED ? ledger.netOfPayment(payment.id()) : 0,
        payment.createdAt());
  }
}
