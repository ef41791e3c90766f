package org.foyer.documents.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a document in a client's General Documents. */
public record DocumentId(UUID value) implements TypedId {

  public DocumentId {
    Objects.requireNonNull(value, "a document's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
