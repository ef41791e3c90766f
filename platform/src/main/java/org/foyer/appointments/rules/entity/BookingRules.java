package org.foyer.appointments.rules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.foyer.core.persistence.TenantOwned;

/**
 * The practice's rules for booking from the portal beyond whether it books at all (a portal
 * setting): whether a client's intake packet must be in before their first booking, and how long a
 * freed time offered to the waiting list stays open to claim. One row, written the first time staff
 * save; until then {@link #defaults()} answers.
 */
@Entity
@Table(name = "appointment_booking_rules")
public class BookingRules extends TenantOwned {

  public static final int MIN_CLAIM_HOURS = 1;
  public static final int MAX_CLAIM_HOURS = 72;
  public static final int DEFAULT_CLAIM_HOURS = 2;

  @Column(name = "intake_before_first_booking", nullable = false)
  private boolean intakeBeforeFirstBooking;

  @Column(name = "waitlist_claim_hours", nullable = false)
  private int waitlistClaimHours;

  protected BookingRules() {}

  public static BookingRules defaults() {
    BookingRules rules = new BookingRules();
    rules.waitlistClaimHours = DEFAULT_CLAIM_HOURS;
    return rules;
  }

  /** Applies rules already checked by Bean Validation on the input. */
  public void change(boolean intakeBeforeFirstBooking, int waitlistClaimHours) {
    if (waitlistClaimHours < MIN_CLAIM_HOURS || waitlistClaimHours > MAX_CLAIM_HOURS) {
      throw new IllegalArgumentException("claim window out of range: " + waitlistClaimHours);
    }
    this.intakeBeforeFirstBooking = intakeBeforeFirstBooking;
    this.waitlistClaimHours = waitlistClaimHours;
  }

  public boolean intakeBeforeFirstBooking() {
    return intakeBeforeFirstBooking;
  }

  public int waitlistClaimHours() {
    return waitlistClaimHours;
  }
}
