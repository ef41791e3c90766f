package org.foyer.appointments;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** An appointment's id as it travels in addresses; a malformed one is simply not found. */
public record AppointmentId(UUID value) implements TypedId {

  public AppointmentId {
    Objects.requireNonNull(value, "an appointment id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
