package org.foyer.admin.staff.boundary;

import org.foyer.admin.staff.control.SeatUsage;

/** The practice's staff seats as the API shows them, with the free ones counted. */
public record SeatsView(int seats, long used, long free) {

  static SeatsView of(SeatUsage usage) {
    return new SeatsView(usage.seats(), usage.used(), usage.free());
  }
}
