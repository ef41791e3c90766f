package org.foyer.appointments.waitlist;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a freed time offered to a waiting client; a malformed one is simply not found. */
public record WaitlistOfferId(UUID value) implements TypedId {

  public WaitlistOfferId {
    Objects.requireNonNull(value, "an offer id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
