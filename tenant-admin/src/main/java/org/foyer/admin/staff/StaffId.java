package org.foyer.admin.staff;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a staff member. */
public record StaffId(UUID value) implements TypedId {

  public StaffId {
    Objects.requireNonNull(value, "a staff member's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
