package org.foyer.clients.boundary;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a client's record. */
public record ClientId(UUID value) implements TypedId {

  public ClientId {
    Objects.requireNonNull(value, "a client id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
