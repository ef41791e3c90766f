package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * One attempt to take money from a client, as its processor sees it. It is written before the
 * processor is called, under a unique idempotency key, so a second click of the same Pay finds it
 * rather than charging again; the key also travels to the processor. The money moves into the
 * ledger only when the payment succeeds, whichever of the processor's answer and its webhook comes
 * first.
 */
@Entity
@Table(name = "payment")
public class Payment extends TenantOwned {

  public static final int KEY_LENGTH = 100;
  public static final int REFERENCE_LENGTH = 200;
  public static final int FAILURE_LENGTH = 300;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private GatewayKind gateway;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private PaymentMethod method;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PaymentStatus status;

  @Column(name = "idempotency_key", nullable = false, length = KEY_LENGTH, updatable = false)
  private String idempotencyKey;

  @Column(name = "processor_ref", length = REFERENCE_LENGTH)
  private String processorRef;

  /** What staff noted for a manual payment: a cheque's number, a terminal's receipt. */
  @Column(length = REFERENCE_LENGTH, updatable = false)
  private String reference;

  @Column(length = FAILURE_LENGTH)
  private String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 320, updatable = false)
  private String createdBy;

  /** The card's brand and last four digits, for the receipt; never more of the card. */
  @Column(name = "card_brand", length = 20)
  private String cardBrand;

  @Column(name = "card_last4", length = 4)
  private String cardLast4;

  protected Payment() {}

  public Payment(
      UUID clientId,
      long amountCents,
      String currency,
      GatewayKind gateway,
      PaymentMethod method,
      String idempotencyKey,
      String reference,
      String createdBy,
      Instant now) {
    if (amountCents <= 0 || amountCents > LedgerEntry.LARGEST_CENTS) {
      throw invalid("amountCents", "A payment is more than zero and at most 1,000,000.00");
    }
    if (idempotencyKey == null
        || idempotencyKey.isBlank()
        || idempotencyKey.length() > KEY_LENGTH) {
      throw invalid("idempotencyKey", "A payment needs an attempt key of 1 to 100 characters");
    }
    if (reference != null && reference.length() > REFERENCE_LENGTH) {
      throw invalid("reference", "A reference is at most " + REFERENCE_LENGTH + " characters");
    }
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.amountCents = amountCents;
    this.currency = Objects.requireNonNull(currency, "currency");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.method = Objects.requireNonNull(method, "method");
    this.idempotencyKey = idempotencyKey;
    this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.status = PaymentStatus.PENDING;
  }

  /**
   * Takes what the processor said. A settled payment stays as it is: a late or replayed answer
   * cannot turn a success into a failure or the other way round.
   *
   * @return whether the payment changed
   */
  public boolean learn(PaymentStatus next, String processorRef, String failure) {
    Objects.requireNonNull(next, "status");
    if (status.isSettled()) {
      return false;
    }
    if (processorRef != null) {
      this.processorRef = processorRef;
    }
    this.failure =
        failure == null ? null : failure.substring(0, Math.min(failure.length(), FAILURE_LENGTH));
    boolean changed = status != next;
    status = next;
    return changed;
  }

  /** Notes which card paid, as the processor described it, for the receipt. */
  public void paidWith(String brand, String last4) {
    if (last4 != null && !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a card's last four digits");
    }
    this.cardBrand = brand == null ? null : brand.substring(0, Math.min(brand.length(), 20));
    this.cardLast4 = last4;
  }

  public Optional<String> cardBrand() {
    return Optional.ofNullable(cardBrand);
  }

  public Optional<String> cardLast4() {
    return Optional.ofNullable(cardLast4);
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }

  public UUID clientId() {
    return clientId;
  }

  public long amountCents() {
    return amountCents;
  }

  public String currency() {
    return currency;
  }

  public GatewayKind gateway() {
    return gateway;
  }

  public PaymentMethod method() {
    return method;
  }

  public PaymentStatus status() {
    return status;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public Optional<String> processorRef() {
    return Optional.ofNullable(processorRef);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
