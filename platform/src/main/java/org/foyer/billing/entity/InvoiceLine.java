package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** A charge grouped on an invoice. Never changed or removed: a void invoice keeps its lines. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends TenantOwned {

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private UUID invoiceId;

  @Column(name = "charge_id", nullable = false, updatable = false)
  private UUID chargeId;

  protected InvoiceLine() {}

  public InvoiceLine(UUID invoiceId, UUID chargeId) {
    this.invoiceId = Objects.requireNonNull(invoiceId, "invoice");
    this.chargeId = Objects.requireNonNull(chargeId, "charge");
  }

  public UUID invoiceId() {
    return invoiceId;
  }

  public UUID chargeId() {
    return chargeId;
  }
}
