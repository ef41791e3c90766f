package org.foyer.forms.populate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * The facts the platform knows about a client (and practice) when a form is opened. Dates are ISO
 * {@code yyyy-MM-dd}; several guardian names are joined by the platform as it wants them shown.
 */
public final class ClientFacts {

  public static final ClientFacts NONE = new ClientFacts(Map.of());

  private final Map<ClientFact, String> values;

  private ClientFacts(Map<ClientFact, String> values) {
    this.values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  public static ClientFacts of(Map<ClientFact, String> values) {
    Map<ClientFact, String> copy = new EnumMap<>(ClientFact.class);
    values.forEach(
        (fact, value) -> {
          if (value != null && !value.isBlank()) {
            copy.put(fact, value.strip());
          }
        });
    return new ClientFacts(copy);
  }

  public Optional<String> find(ClientFact fact) {
    return Optional.ofNullable(values.get(fact));
  }
}
