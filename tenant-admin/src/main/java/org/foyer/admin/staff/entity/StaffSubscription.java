package org.foyer.admin.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.foyer.core.persistence.TenantOwned;

/**
 * How many staff seats the practice has. Active and invited staff take a seat; deactivated staff
 * free theirs. A practice without a row has {@link #DEFAULT_SEATS}.
 */
@Entity
@Table(name = "staff_subscription")
public class StaffSubscription extends TenantOwned {

  public static final int DEFAULT_SEATS = 5;
  public static final int MAX_SEATS = 10_000;

  /** Most seats one request may add: a guard against a slipped digit, not a business limit. */
  public static final int MAX_ADDED_AT_ONCE = 100;

  @Column(nullable = false)
  private int seats;

  public StaffSubscription() {
    this.seats = DEFAULT_SEATS;
  }

  /**
   * Adds seats.
   *
   * @throws IllegalArgumentException when the count is outside 1 to 100 or the total would pass the
   *     maximum
   */
  public void addSeats(int count) {
    if (count < 1 || count > MAX_ADDED_AT_ONCE) {
      throw new IllegalArgumentException(
          "Add between 1 and " + MAX_ADDED_AT_ONCE + " seats at a time");
    }
    if (seats + count > MAX_SEATS) {
      throw new IllegalArgumentException("A practice can have at most " + MAX_SEATS + " seats");
    }
    seats += count;
  }

  public int seats() {
    return seats;
  }
}
