package org.foyer.diagnoses;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of one diagnosis on a client's record. */
public record DiagnosisId(UUID value) implements TypedId {

  public DiagnosisId {
    Objects.requireNonNull(value, "a diagnosis id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
