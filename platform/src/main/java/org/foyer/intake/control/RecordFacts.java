package org.foyer.intake.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.foyer.clients.ClientDetails;
import org.foyer.errors.InvalidInput;
import org.foyer.forms.definition.ClientFact;

/**
 * Which client facts staff can take back into the client record, and how: a changed pre-filled
 * answer replaces the one field of the record it came from, everything else unchanged. Facts the
 * record does not hold (insurance, practice, clinician, today) are not takeable.
 */
public final class RecordFacts {

  private RecordFacts() {}

  public static boolean takeable(ClientFact fact) {
    return switch (fact) {
      case LEGAL_FIRST_NAME,
          LEGAL_LAST_NAME,
          PREFERRED_NAME,
          PRONOUNS,
          DATE_OF_BIRTH,
          ADDRESS_LINE1,
          ADDRESS_LINE2,
          CITY,
          REGION,
          POSTAL_CODE,
          PHONE,
          EMAIL,
          EMERGENCY_CONTACT_NAME,
          EMERGENCY_CONTACT_PHONE,
          EMERGENCY_CONTACT_RELATIONSHIP ->
          true;
      default -> false;
    };
  }

  /** The record with the fact set to the value (null clears an optional field). */
  public static ClientDetails with(ClientDetails d, ClientFact fact, String value) {
    if (!takeable(fact)) {
      throw new InvalidInput(
          "That answer cannot be taken into the client record",
          Map.of("field", "the record has no place for it"));
    }
    return new ClientDetails(
        fact == ClientFact.LEGAL_FIRST_NAME ? value : d.legalFirstName(),
        fact == ClientFact.LEGAL_LAST_NAME ? value : d.legalLastName(),
        fact == ClientFact.PREFERRED_NAME ? value : d.preferredName(),
        fact == ClientFact.PRONOUNS ? value : d.pronouns(),
        fact == ClientFact.DATE_OF_BIRTH ? date(value).orElse(null) : d.dateOfBirth(),
        fact == ClientFact.EMAIL ? value : d.email(),
        fact == ClientFact.PHONE ? value : d.phone(),
        fact == ClientFact.ADDRESS_LINE1 ? value : d.addressLine1(),
        fact == ClientFact.ADDRESS_LINE2 ? value : d.addressLine2(),
        fact == ClientFact.CITY ? value : d.city(),
        fact == ClientFact.REGION ? value : d.region(),
        fact == ClientFact.POSTAL_CODE ? value : d.postalCode(),
        fact == ClientFact.EMERGENCY_CONTACT_NAME ? value : d.emergencyContactName(),
        fact == ClientFact.EMERGENCY_CONTACT_PHONE ? value : d.emergencyContactPhone(),
        fact == ClientFact.EMERGENCY_CONTACT_RELATIONSHIP
            ? value
            : d.emergencyContactRelationship(),
        d.clinicianId(),
        d.status());
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
