package org.foyer.messages.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A practice's office hours: the same opening and closing time on each office day, on the wall
 * clock of the practice's time zone, so that "9 to 5" stays 9 to 5 across daylight-saving changes.
 */
public record OfficeHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

  public OfficeHours {
    days = Set.copyOf(days);
  }

  /** Whether the office is open at this instant: opening time included, closing time not. */
  public boolean isOpenAt(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
  }
}
