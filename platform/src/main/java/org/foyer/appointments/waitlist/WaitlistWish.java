package org.foyer.appointments.waitlist;

import jakarta.validation.constraints.FutureOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.foyer.appointments.AppointmentRequest;

/**
 * What a client waits for: an earlier time with their clinician, for a service (or the service of
 * whatever time is freed) and no later than a day (or any day). Shared by the portal page and
 * {@code POST /portal/waitlist}; the day is checked against the client's own today.
 *
 * @param serviceType a service offered online, or null for the service of the freed time
 * @param wantedBy the last day the client wants a time on, or null for any day
 */
public record WaitlistWish(
    UUID serviceType,
    @FutureOrPresent(message = "Choose today or a later day, or leave the day empty")
        LocalDate wantedBy) {

  /**
   * Written out so the component's constraint is not copied onto its parameter (see {@link
   * AppointmentRequest}: payara/Payara#7649).
   */
  public WaitlistWish(UUID serviceType, LocalDate wantedBy) {
    this.serviceType = serviceType;
    this.wantedBy = wantedBy;
  }
}
