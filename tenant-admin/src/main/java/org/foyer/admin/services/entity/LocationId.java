package org.foyer.admin.services.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a location of the practice (an office or telehealth). */
public record LocationId(UUID value) implements TypedId {

  public LocationId {
    Objects.requireNonNull(value, "a location's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
