package org.foyer.appointments.availability;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** A stretch of time off's id as it travels in addresses; a malformed one is simply not found. */
public record TimeOffId(UUID value) implements TypedId {

  public TimeOffId {
    Objects.requireNonNull(value, "a time off id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
