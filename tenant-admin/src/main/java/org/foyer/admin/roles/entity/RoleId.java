package org.foyer.admin.roles.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a custom role. */
public record RoleId(UUID value) implements TypedId {

  public RoleId {
    Objects.requireNonNull(value, "a custom role id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
