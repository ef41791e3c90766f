package org.foyer.admin.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;

/**
 * The practice's rules for booking from the portal beyond how it books ({@link SelfScheduling}).
 * Kept apart from the page's main settings record, like {@link MinorPrivacy}, so its callers keep
 * the practice's choice as it is.
 *
 * @param intakeBeforeFirstBooking a client who has not submitted an intake packet cannot book or
 *     request a first appointment in the portal
 * @param waitlistClaimHours how long a freed time offered to the waiting list stays open to claim
 */
public record AppointmentRules(
    @NotNull(message = "Say whether intake comes before the first booking")
        Boolean intakeBeforeFirstBooking,
    @NotNull(message = "Say how many hours an offer stays open")
        @Min(value = AppointmentRules.MIN_CLAIM_HOURS, message = "Offers stay open 1 to 72 hours")
        @Max(value = AppointmentRules.MAX_CLAIM_HOURS, message = "Offers stay open 1 to 72 hours")
        Integer waitlistClaimHours) {

  public static final int MIN_CLAIM_HOURS = 1;
  public static final int MAX_CLAIM_HOURS = 72;
  public static final int DEFAULT_CLAIM_HOURS = 2;

  public static final AppointmentRules DEFAULTS = new AppointmentRules(false, DEFAULT_CLAIM_HOURS);

  /** The same rules, or {@link InvalidInput} naming the field that is missing or out of range. */
  public AppointmentRules validated() {
    if (intakeBeforeFirstBooking == null) {
      throw invalid(
          "intakeBeforeFirstBooking", "Say whether intake comes before the first booking");
    }
    if (waitlistClaimHours == null
        || waitlistClaimHours < MIN_CLAIM_HOURS
        || waitlistClaimHours > MAX_CLAIM_HOURS) {
      throw invalid(
          "waitlistClaimHours",
          "Offers to the waiting list stay open "
              + MIN_CLAIM_HOURS
              + " to "
              + MAX_CLAIM_HOURS
              + " hours");
    }
    return this;
  }

  /** Plain words for the audit log. */
  public String describe() {
    return (intakeBeforeFirstBooking ? "intake before the first booking" : "no intake rule")
        + ", waitlist offers open "
        + waitlistClaimHours
        + " hours";
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput("The portal settings were not saved", Map.of(field, message));
  }
}
