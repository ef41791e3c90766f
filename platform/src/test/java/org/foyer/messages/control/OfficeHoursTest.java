package org.foyer.messages.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

  final OfficeHours weekdays =
      new OfficeHours(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(9, 0),
          LocalTime.of(17, 0),
          ZoneId.of("America/New_York"));

  @Test
  void opensOnTheWallClockOnEitherSideOfTheSpringChange() {
    // 13:30 UTC is 08:30 EST the Friday before clocks go forward, 09:30 EDT the Monday after.
    assertThat(weekdays.isOpenAt(Instant.parse("2027-03-12T13:30:00Z"))).isFalse();
    assertThat(weekdays.isOpenAt(Instant.parse("2027-03-15T13:30:00Z"))).isTrue();
  }

  @Test
  void openingTimeIsInsideAndClosingTimeOutside() {
    assertThat(weekdays.isOpenAt(Instant.parse("2027-01-04T14:00:00Z"))).isTrue();
    assertThat(weekdays.isOpenAt(Instant.parse("2027-01-04T21:59:59Z"))).isTrue();
    assertThat(weekdays.isOpenAt(Instant.parse("2027-01-04T22:00:00Z"))).isFalse();
  }

  @Test
  void closedAllDayOnDaysThatAreNotOfficeDays() {
    assertThat(weekdays.isOpenAt(Instant.parse("2027-01-09T15:00:00Z"))).isFalse();
  }
}
