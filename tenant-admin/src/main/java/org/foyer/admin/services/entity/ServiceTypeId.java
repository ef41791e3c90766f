package org.foyer.admin.services.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a service type of the practice's catalogue. */
public record ServiceTypeId(UUID value) implements TypedId {

  public ServiceTypeId {
    Objects.requireNonNull(value, "a service type's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
