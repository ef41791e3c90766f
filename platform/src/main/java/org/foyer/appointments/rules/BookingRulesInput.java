package org.foyer.appointments.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.rules.entity.BookingRules;

/**
 * The practice's booking rules as staff enter them, on the Booking in the portal page or through
 * {@code PUT /appointment-booking-rules}.
 *
 * @param intakeBeforeFirstBooking a client whose intake packet is not in cannot book or request a
 *     first appointment in the portal
 * @param waitlistClaimHours how long a freed time offered to the waiting list stays open to claim
 */
public record BookingRulesInput(
    @NotNull(message = "Say whether the intake forms come before the first booking")
        Boolean intakeBeforeFirstBooking,
    @NotNull(message = "Say how many hours an offer stays open")
        @Min(value = BookingRules.MIN_CLAIM_HOURS, message = "An offer stays open 1 to 72 hours")
        @Max(value = BookingRules.MAX_CLAIM_HOURS, message = "An offer stays open 1 to 72 hours")
        Integer waitlistClaimHours) {

  /**
   * Written out so the components' constraints are not copied onto its parameters (see {@link
   * AppointmentRequest}: payara/Payara#7649).
   */
  public BookingRulesInput(Boolean intakeBeforeFirstBooking, Integer waitlistClaimHours) {
    this.intakeBeforeFirstBooking = intakeBeforeFirstBooking;
    this.waitlistClaimHours = waitlistClaimHours;
  }
}
