package org.foyer.forms.definition.rules;

import java.util.Objects;

/**
 * Where a field's initial value comes from. A locked prefill is shown read-only and the posted
 * value is ignored: the record, not the client, is the source of truth for it.
 */
public record Prefill(ClientFact fact, boolean locked) {
  public Prefill {
    Objects.requireNonNull(fact, "fact");
  }
}
