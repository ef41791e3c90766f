package org.foyer.intake.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a form sent to a client (one assigned form of an intake). */
public record IntakeFormId(UUID value) implements TypedId {

  public IntakeFormId {
    Objects.requireNonNull(value, "an intake form's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
