package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * How much of a payment goes to one invoice, fixed when the payment is taken so that a success
 * learned later (from a webhook) is split the same way. What no allocation covers is credit.
 */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation extends TenantOwned {

  @Column(name = "payment_id", nullable = false, updatable = false)
  private UUID paymentId;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private UUID invoiceId;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  protected PaymentAllocation() {}

  public PaymentAllocation(UUID paymentId, UUID invoiceId, long amountCents) {
    this.paymentId = Objects.requireNonNull(paymentId, "payment");
    this.invoiceId = Objects.requireNonNull(invoiceId, "invoice");
    if (amountCents <= 0) {
      throw new IllegalArgumentException("an allocation is more than zero");
    }
    this.amountCents = amountCents;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public UUID invoiceId() {
    return invoiceId;
  }

  public long amountCents() {
    return amountCents;
  }
}
