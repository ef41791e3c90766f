package org.foyer.appointments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.foyer.appointments.control.OpenSlots.Block;
import org.foyer.appointments.control.OpenSlots.Busy;
import org.foyer.appointments.control.OpenSlots.Slot;
import org.junit.jupiter.api.Test;

class OpenSlotsTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Duration FIFTY = Duration.ofMinutes(50);
  static final Block MONDAY_MORNING =
      new Block(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null);

  static List<Instant> starts(List<Slot> slots) {
    return slots.stream().map(Slot::start).toList();
  }

  @Test
  void aMorningOfFiftyMinuteSessionsOffersHalfHourStartsThatEndInsideTheBlock() {
    List<Slot> slots =
        OpenSlots.find(
            NEW_YORK,
            List.of(MONDAY_MORNING),
            List.of(),
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-03T00:00:00Z"),
            Instant.EPOCH,
            FIFTY);
    // 9:00 EST is 14:00Z; 11:30 would end at 12:20, past the block.
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-03-02T14:00:00Z"),
            Instant.parse("2026-03-02T14:30:00Z"),
            Instant.parse("2026-03-02T15:00:00Z"),
            Instant.parse("2026-03-02T15:30:00Z"),
            Instant.parse("2026-03-02T16:00:00Z"));
    assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2026-03-02T14:50:00Z"));
  }

  @Test
  void anythingOverlappingHeldTimeIsLeftOut() {
    Busy tenToTenFifty =
        new Busy(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-02T15:50:00Z"));
    List<Slot> slots =
        OpenSlots.find(
            NEW_YORK,
            List.of(MONDAY_MORNING),
            List.of(tenToTenFifty),
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-03T00:00:00Z"),
            Instant.EPOCH,
            FIFTY);
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-03-02T14:00:00Z"), Instant.parse("2026-03-02T16:00:00Z"));
  }

  @Test
  void nineOClockStaysNineOClockOnTheWallAcrossTheSpringChangeInNewYorkAndBerlin() {
    // New York moves on 8 March 2026, Berlin on 29 March 2026.
    List<Slot> newYork =
        OpenSlots.find(
            NEW_YORK,
            List.of(MONDAY_MORNING),
            List.of(),
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-10T00:00:00Z"),
            Instant.EPOCH,
            Duration.ofHours(3));
    assertThat(starts(newYork))
        .containsExactly(
            Instant.parse("2026-03-02T14:00:00Z"), Instant.parse("2026-03-09T13:00:00Z"));
    List<Slot> berlin =
        OpenSlots.find(
            BERLIN,
            List.of(MONDAY_MORNING),
            List.of(),
            Instant.parse("2026-03-23T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"),
            Instant.EPOCH,
            Duration.ofHours(3));
    assertThat(starts(berlin))
        .containsExactly(
            Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void aBlockStartingInTheSkippedHourStartsWhenTheClockDoesAndTheAutumnHourIsNotOfferedTwice() {
    Block earlySunday = new Block(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(4, 0), null);
    List<Slot> spring =
        OpenSlots.find(
            NEW_YORK,
            List.of(earlySunday),
            List.of(),
            Instant.parse("2026-03-08T00:00:00Z"),
            Instant.parse("2026-03-09T00:00:00Z"),
            Instant.EPOCH,
            Duration.ofMinutes(30));
    // 02:00 does not exist that night: the block runs 03:00 to 04:00 EDT (07:00Z to 08:00Z).
    assertThat(starts(spring))
        .containsExactly(
            Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T07:30:00Z"));
    Block autumnNight = new Block(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 0), null);
    List<Slot> autumn =
        OpenSlots.find(
            NEW_YORK,
            List.of(autumnNight),
            List.of(),
            Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-02T00:00:00Z"),
            Instant.EPOCH,
            Duration.ofMinutes(30));
    // 01:00 EDT (05:00Z) to 02:00 EST (07:00Z) is two hours of real time; every start is distinct.
    assertThat(starts(autumn)).doesNotHaveDuplicates().hasSize(4);
  }

  @Test
  void nothingStartsBeforeTheNoticeOrPastTheRangeAndTheBlocksLocationTravelsWithTheSlot() {
    java.util.UUID video = java.util.UUID.randomUUID();
    Block friday = new Block(DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(15, 0), video);
    List<Slot> slots =
        OpenSlots.find(
            NEW_YORK,
            List.of(friday),
            List.of(),
            Instant.parse("2026-03-06T00:00:00Z"),
            Instant.parse("2026-03-06T19:40:00Z"),
            Instant.parse("2026-03-06T18:30:00Z"),
            FIFTY);
    // 13:00 EST is 18:00Z: the notice leaves 18:30 and 19:00, the range's end cuts 19:00 (19:50).
    assertThat(starts(slots)).containsExactly(Instant.parse("2026-03-06T18:30:00Z"));
    assertThat(slots.get(0).locationId()).isEqualTo(video);
  }
}
