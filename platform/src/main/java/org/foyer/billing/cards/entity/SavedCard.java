package org.foyer.billing.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.TenantOwned;

/**
 * A card a client saved at the practice's processor for later payments and autopay. Foyer keeps the
 * processor's token of it with what a person recognises a card by (brand, last four digits,
 * expiry), never its number. Removing it keeps the row, marked removed, so past consents still name
 * the card they were given for.
 */
@Entity
@Table(name = "saved_card")
public class SavedCard extends TenantOwned {

  public static final int REF_LENGTH = 200;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private GatewayKind gateway;

  @Column(name = "processor_ref", nullable = false, length = REF_LENGTH, updatable = false)
  private String processorRef;

  @Column(name = "customer_ref", length = REF_LENGTH, updatable = false)
  private String customerRef;

  @Column(nullable = false, length = 20, updatable = false)
  private String brand;

  @Column(nullable = false, length = 4, updatable = false)
  private String last4;

  @Column(name = "exp_month", nullable = false, updatable = false)
  private short expMonth;

  @Column(name = "exp_year", nullable = false, updatable = false)
  private short expYear;

  @Column(name = "saved_by", nullable = false, length = 320, updatable = false)
  private String savedBy;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected SavedCard() {}

  public SavedCard(
      UUID clientId,
      GatewayKind gateway,
      String processorRef,
      String customerRef,
      String brand,
      String last4,
      int expMonth,
      int expYear,
      String savedBy,
      Instant now) {
    if (gateway == GatewayKind.MANUAL) {
      throw new IllegalArgumentException("a card is saved at a processor");
    }
    if (last4 == null || !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a card's last four digits");
    }
    if (expMonth < 1 || expMonth > 12 || expYear < 2000 || expYear > 2200) {
      throw new IllegalArgumentException("a card's expiry");
    }
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.gateway = gateway;
    this.processorRef = Objects.requireNonNull(processorRef, "processor's token");
    this.customerRef = customerRef;
    this.brand = Objects.requireNonNull(brand, "brand");
    this.last4 = last4;
    this.expMonth = (short) expMonth;
    this.expYear = (short) expYear;
    this.savedBy = Objects.requireNonNull(savedBy, "saved by");
    this.savedAt = Objects.requireNonNull(now, "now");
  }

  public void remove(Instant now) {
    if (removedAt != null) {
      throw new Conflict("This card was already removed");
    }
    removedAt = Objects.requireNonNull(now, "now");
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  /** Whether the card has passed the last day of its expiry month at this date. */
  public boolean isExpiredAt(YearMonth month) {
    return YearMonth.of(expYear, expMonth).isBefore(month);
  }

  public UUID clientId() {
    return clientId;
  }

  public GatewayKind gateway() {
    return gateway;
  }

  public String processorRef() {
    return processorRef;
  }

  public Optional<String> customerRef() {
    return Optional.ofNullable(customerRef);
  }

  public String brand() {
    return brand;
  }

  public String last4() {
    return last4;
  }

  public int expMonth() {
    return expMonth;
  }

  public int expYear() {
    return expYear;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
