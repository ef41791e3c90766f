package org.foyer.appointments.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's place on their clinician's waiting list, as the portal shows it, with the freed times
 * offered to them that are still open to claim.
 *
 * @param waiting whether the client is on the list
 * @param service the service they wait for, or empty for any
 * @param wantedBy the last day they want a time on, or null for any day
 * @param unavailableBecause why the client cannot join (the portal does not book, no clinician,
 *     intake first); empty when they can
 */
public record WaitlistView(
    boolean waiting,
    String clinicianName,
    UUID serviceTypeId,
    String service,
    LocalDate wantedBy,
    Instant joinedAt,
    List<Offer> offers,
    String unavailableBecause) {

  /** A freed time offered to the client, open to claim until {@code openUntil}. */
  public record Offer(UUID id, Instant startsAt, Instant openUntil, String service, String place) {}

  public boolean mayJoin() {
    return unavailableBecause.isEmpty();
  }
}
