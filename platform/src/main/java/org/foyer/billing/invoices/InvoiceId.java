package org.foyer.billing.invoices;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** An invoice's id as it travels in addresses; a malformed one is simply not found. */
public record InvoiceId(UUID value) implements TypedId {

  public InvoiceId {
    Objects.requireNonNull(value, "an invoice id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
