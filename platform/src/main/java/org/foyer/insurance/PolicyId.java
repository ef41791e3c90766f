package org.foyer.insurance;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** An insurance policy's id as it travels in addresses; a malformed one is simply not found. */
public record PolicyId(UUID value) implements TypedId {

  public PolicyId {
    Objects.requireNonNull(value, "a policy id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
