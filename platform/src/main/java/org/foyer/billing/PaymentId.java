package org.foyer.billing;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** A payment's id as it travels in addresses; a malformed one is simply not found. */
public record PaymentId(UUID value) implements TypedId {

  public PaymentId {
    Objects.requireNonNull(value, "a payment id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
