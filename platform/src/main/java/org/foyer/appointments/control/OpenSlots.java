package org.foyer.appointments.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The times a clinician can still be booked: their weekly hours, read on each date's own wall clock
 * in the practice's zone (so 9:00 stays 9:00 across a DST change), less what is already held and
 * their time off. Candidates start every {@link #STEP} from each block's start, because clients
 * pick from a short list of round times rather than from every minute.
 */
public final class OpenSlots {

  /** How far apart offered start times are. */
  public static final Duration STEP = Duration.ofMinutes(30);

  /** One weekly block of hours, on the practice's wall clock. */
  public record Block(DayOfWeek day, LocalTime start, LocalTime end, UUID locationId) {}

  /** A time the clinician is not free: an appointment holding its time, or time off. */
  public record Busy(Instant start, Instant end) {
    boolean overlaps(Instant from, Instant to) {
      return start.isBefore(to) && end.isAfter(from);
    }
  }

  /** A bookable time. */
  public record Slot(Instant start, Instant end, UUID locationId) {}

  private OpenSlots() {}

  /**
   * @param from the first instant asked about
   * @param to the end of the range asked about
   * @param earliest no slot starts before this (now plus the notice the practice needs)
   */
  public static List<Slot> find(
      ZoneId zone,
      List<Block> hours,
      List<Busy> busy,
      Instant from,
      Instant to,
      Instant earliest,
      Duration length) {
    List<Slot> slots = new ArrayList<>();
    Instant notBefore = from.isAfter(earliest) ? from : earliest;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate date = from.atZone(zone).toLocalDate();
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (Block block : hours) {
        if (block.day() != date.getDayOfWeek()) {
          continue;
        }
        Instant blockEnd = wallClock(date, block.end(), zone);
        for (Instant start = wallClock(date, block.start(), zone);
            !start.plus(length).isAfter(blockEnd);
            start = start.plus(STEP)) {
          Instant end = start.plus(length);
          if (start.isBefore(notBefore) || end.isAfter(to)) {
            continue;
          }
          Instant slotStart = start;
          if (busy.stream().noneMatch(b -> b.overlaps(slotStart, end))) {
            slots.add(new Slot(start, end, block.locationId()));
          }
        }
      }
    }
    slots.sort((a, b) -> a.start().compareTo(b.start()));
    return slots;
  }

  /**
   * The instant a wall-clock time names on a date; a time skipped by a DST change moves forward by
   * the gap, as the clock on the wall does.
   */
  private static Instant wallClock(LocalDate date, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }
}
