package org.foyer.forms.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may sign a signature field: anyone with access to the form (the default), only the client
 * personally, or only someone acting on the client's behalf, such as a parent or guardian signing a
 * minor's consent.
 */
public enum SignedBy {
  ANYONE("anyone"),
  SELF("self"),
  ON_BEHALF_OF("onBehalfOf");

  private final String jsonName;

  SignedBy(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<SignedBy> byJsonName(String name) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst();
  }
}
