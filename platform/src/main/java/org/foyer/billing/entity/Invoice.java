package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.TenantOwned;

/**
 * A bill to one client grouping some of their charges ({@link InvoiceLine}). Its total, what was
 * paid and what is due are sums over the ledger; the invoice itself keeps only its life: a draft
 * takes charges, a sent invoice takes payments, a void one takes nothing.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends TenantOwned {

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private InvoiceStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 320, updatable = false)
  private String createdBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The practice's number for it, given when it is sent (see V256). */
  @Column(name = "number")
  private Integer number;

  @Column(name = "voided_at")
  private Instant voidedAt;

  protected Invoice() {}

  public Invoice(UUID clientId, String currency, String createdBy, Instant now) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.status = InvoiceStatus.DRAFT;
  }

  /** Refuses a new line unless the invoice is still a draft. */
  public void requireDraft() {
    if (status != InvoiceStatus.DRAFT) {
      throw new Conflict("Charges can be added only to a draft invoice; this one is " + word());
    }
  }

  /** Refuses a payment unless the invoice was sent and is not void. */
  public void requirePayable() {
    if (status != InvoiceStatus.SENT) {
      throw new Conflict("Only a sent invoice takes payments; this one is " + word());
    }
  }

  /** Sends the draft under the practice's next number, which the caller holds the lock for. */
  public void send(Instant now, int nextNumber) {
    requireUnsent();
    status = InvoiceStatus.SENT;
    sentAt = now;
    number = nextNumber;
  }

  public void requireUnsent() {
    if (status != InvoiceStatus.DRAFT) {
      throw new Conflict("Only a draft invoice can be sent; this one is " + word());
    }
  }

  /** Voids the invoice; the caller has checked that nothing was paid on it. */
  public void voidIt(Instant now) {
    if (status == InvoiceStatus.VOID) {
      throw new Conflict("This invoice is already void");
    }
    status = InvoiceStatus.VOID;
    voidedAt = now;
  }

  private String word() {
    return status.name().toLowerCase();
  }

  public UUID clientId() {
    return clientId;
  }

  public String currency() {
    return currency;
  }

  public InvoiceStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<Integer> number() {
    return Optional.ofNullable(number);
  }

  public Optional<Instant> voidedAt() {
    return Optional.ofNullable(voidedAt);
  }
}
