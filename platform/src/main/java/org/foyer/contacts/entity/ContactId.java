package org.foyer.contacts.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of one of a client's contacts: their link to that client, not the person. */
public record ContactId(UUID value) implements TypedId {

  public ContactId {
    Objects.requireNonNull(value, "a contact id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
