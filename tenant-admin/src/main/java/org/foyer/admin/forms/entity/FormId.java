package org.foyer.admin.forms.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a practice form. */
public record FormId(UUID value) implements TypedId {

  public FormId {
    Objects.requireNonNull(value, "a practice form id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
