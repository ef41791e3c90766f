package org.foyer.intake.signing.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One signature a form waits for: the signature field it goes in, who gives it, and once given, by
 * whom (their address) and when. The signature record itself (signer, on-behalf-of, time, address,
 * hash of the answers as signed) is kept with the form's other signatures, in signing order.
 *
 * @param contactId the contact's link to the client, for {@link SignerRole#CONTACT} only
 * @param name who signs, in the words the portal and staff read ("Maria Rivera", "the clinician")
 */
public record SigningStep(
    String field, SignerRole role, UUID contactId, String name, String signedBy, Instant signedAt) {

  public SigningStep {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    if ((role == SignerRole.CONTACT) != (contactId != null)) {
      throw new IllegalArgumentException("a named contact, and only one, has a contact id");
    }
    if ((signedBy == null) != (signedAt == null)) {
      throw new IllegalArgumentException("a signed step has both its signer and its time");
    }
  }

  public static SigningStep waiting(String field, SignerRole role, UUID contactId, String name) {
    return new SigningStep(field, role, contactId, name, null, null);
  }

  public boolean isSigned() {
    return signedAt != null;
  }

  /** Whether this person may give this step's signature. */
  public boolean mayBeSignedBy(Signatory who) {
    return switch (role) {
      case ANYONE -> who.kind() != Signatory.Kind.STAFF;
      case CLIENT -> who.kind() == Signatory.Kind.CLIENT;
      case ANY_CONTACT -> who.kind() == Signatory.Kind.CONTACT;
      case CONTACT -> contactId.equals(who.contactId());
      case CLINICIAN -> who.kind() == Signatory.Kind.STAFF;
    };
  }

  SigningStep signed(String by, Instant at) {
    return new SigningStep(
        field,
        role,
        contactId,
        name,
        Objects.requireNonNull(by, "by"),
        Objects.requireNonNull(at, "at"));
  }
}
