package org.foyer.insurance;

import java.time.Instant;
import java.util.UUID;

/**
 * A policy as the portal and staff show it.
 *
 * @param submittedBy who entered it: the client, a contact acting for them, or staff
 * @param statusNote what staff asked to correct, shown to the client
 */
public record InsurancePolicyView(
    UUID id,
    PolicyDetails details,
    PolicyStatus status,
    String statusNote,
    boolean hasFrontCard,
    boolean hasBackCard,
    String submittedBy,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt) {

  public String rankLabel() {
    return details.rank().label();
  }

  public String statusLabel() {
    return status.label();
  }
}
