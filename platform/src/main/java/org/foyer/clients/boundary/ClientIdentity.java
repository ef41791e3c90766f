package org.foyer.clients.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;

/**
 * Who a client is, as other features need to know it: the names to address and to print, the date
 * of birth and whether the client is a minor, the address to invite, and the assigned clinician.
 * The whole record stays with {@link ClientRecords}.
 *
 * @param timeZone the client's own zone (a telehealth client elsewhere), when they have one; times
 *     shown to the client use it, times shown to staff keep the practice's
 */
public record ClientIdentity(
    UUID id,
    String displayName,
    String legalFirstName,
    String legalLastName,
    LocalDate dateOfBirth,
    boolean minor,
    String email,
    UUID clinicianId,
    Optional<ZoneId> timeZone) {

  static ClientIdentity of(Client client) {
    ClientDetails details = client.details();
    return new ClientIdentity(
        client.id(),
        client.displayName(),
        client.legalFirstName(),
        client.legalLastName(),
        client.dateOfBirth(),
        client.isMinor(),
        client.email(),
        details.clinicianId(),
        client.timeZone());
  }

  /** First and last legal name, as forms and PDFs name the client. */
  public String legalName() {
    return legalFirstName + " " + legalLastName;
  }
}
