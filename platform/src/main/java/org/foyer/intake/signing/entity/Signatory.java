package org.foyer.intake.signing.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * The person asking to sign, as the signing rules compare them with a step: the client from their
 * own login, a contact by their link to the client (the id staff name contacts by), or staff.
 */
public record Signatory(Kind kind, UUID contactId) {

  /** Where the signatory stands with the client. */
  public enum Kind {
    CLIENT,
    CONTACT,
    STAFF
  }

  public Signatory {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CONTACT) != (contactId != null)) {
      throw new IllegalArgumentException("a contact, and only a contact, signs by their link id");
    }
  }

  public static Signatory client() {
    return new Signatory(Kind.CLIENT, null);
  }

  public static Signatory contact(UUID linkId) {
    return new Signatory(Kind.CONTACT, Objects.requireNonNull(linkId, "linkId"));
  }

  public static Signatory staff() {
    return new Signatory(Kind.STAFF, null);
  }
}
