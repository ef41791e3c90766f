package org.foyer.billing.cards;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** A saved card's id as it travels in addresses; a malformed one is simply not found. */
public record SavedCardId(UUID value) implements TypedId {

  public SavedCardId {
    Objects.requireNonNull(value, "a saved card id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
