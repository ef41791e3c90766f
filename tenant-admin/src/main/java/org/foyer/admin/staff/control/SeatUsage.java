package org.foyer.admin.staff.control;

/** The practice's staff seats and how many active and invited staff take one. */
public record SeatUsage(int seats, long used) {

  public long free() {
    return Math.max(0, seats - used);
  }
}
