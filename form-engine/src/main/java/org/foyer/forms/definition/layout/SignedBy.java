package org.foyer.forms.definition.layout;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may sign a signature field: anyone with access to the form (the default), only the client
 * personally, only someone acting on the client's behalf, such as a parent or guardian signing a
 * minor's consent, or the client's clinician countersigning after the client's side has signed.
 *
 * <p>Each signature field of a form is one signing step, in the order the fields appear; a form
 * whose fields need different people is signed by each in turn (the platform keeps the order).
 */
public enum SignedBy {
  ANYONE("anyone"),
  SELF("self"),
  ON_BEHALF_OF("onBehalfOf"),
  /** A staff member's countersignature, given on the staff side, never in the portal. */
  CLINICIAN("clinician");

  private final String jsonName;

  SignedBy(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** True when a portal login (the client or a contact) signs the field, not staff. */
  public boolean signsInPortal() {
    return this != CLINICIAN;
  }

  public static Optional<SignedBy> byJsonName(String name) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst();
  }
}
