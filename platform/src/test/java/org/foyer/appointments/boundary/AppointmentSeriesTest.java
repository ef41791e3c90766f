package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.Recurrence;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.SeriesClashes;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Recurring appointments against the real database, in New York, whose clocks go forward on 8 March
 * 2026: the series' first Monday is still on standard time, the others on daylight time.
 */
class AppointmentSeriesTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Monday 2 March 2026, 10:00 in New York (15:00 UTC, before the change). */
  static final Instant MONDAY_TEN = Instant.parse("2026-03-02T15:00:00Z");

  final AppointmentsWorld world = new AppointmentsWorld("series");

  List<AppointmentView> series(Instant start, Recurrence recurrence) {
    return world.in(
        () ->
            world.appointments.bookAll(
                world.desk,
                new AppointmentRequest(
                    world.jo,
                    world.therapist.accountId(),
                    world.fiftyMinutes,
                    world.office,
                    start,
                    null,
                    null,
                    null,
                    recurrence)));
  }

  static LocalDateTime local(AppointmentView a) {
    return LocalDateTime.ofInstant(a.startsAt(), NEW_YORK);
  }

  List<AppointmentView> stored(UUID series) {
    return world.in(() -> world.appointments.listSeries(world.desk, series));
  }

  @Test
  void aWeeklySeriesKeepsTenOClockAcrossTheSpringChange() {
    List<AppointmentView> booked = series(MONDAY_TEN, new Recurrence(1, 4, null));

    assertThat(booked).hasSize(4);
    assertThat(booked).extracting(a -> local(a).toLocalTime()).containsOnly(LocalTime.of(10, 0));
    assertThat(booked)
        .extracting(a -> local(a).toLocalDate())
        .containsExactly(
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 3, 16),
            LocalDate.of(2026, 3, 23));
    // The same wall-clock time is a different instant once the clocks have gone forward.
    assertThat(booked.get(0).startsAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
    assertThat(booked.get(1).startsAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    UUID seriesId = booked.get(0).seriesId();
    assertThat(seriesId).isNotNull();
    assertThat(booked).extracting(AppointmentView::seriesId).containsOnly(seriesId);
    assertThat(stored(seriesId))
        .extracting(AppointmentView::id)
        .containsExactlyElementsOf(booked.stream().map(AppointmentView::id).toList());
  }

  @Test
  void everyTwoWeeksUntilADateIncludesThatDate() {
    List<AppointmentView> booked =
        series(MONDAY_TEN, new Recurrence(2, null, LocalDate.of(2026, 4, 13)));

    assertThat(booked)
        .extracting(a -> local(a).toLocalDate())
        .containsExactly(
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 16),
            LocalDate.of(2026, 3, 30),
            LocalDate.of(2026, 4, 13));
  }

  @Test
  void aSeriesNeedsExactlyOneEndAndASensibleCount() {
    assertThatThrownBy(() -> series(MONDAY_TEN, new Recurrence(1, null, null)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("number of occurrences or on a date");
    assertThatThrownBy(() -> series(MONDAY_TEN, new Recurrence(1, 3, LocalDate.of(2026, 5, 1))))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> series(MONDAY_TEN, new Recurrence(3, 4, null)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("every week or every two weeks");
    assertThatThrownBy(() -> series(MONDAY_TEN, new Recurrence(1, 500, null)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void whenOccurrencesClashTheRefusalNamesTheirDatesAndNothingIsBooked() {
    Instant sixteenth = LocalDateTime.of(2026, 3, 16, 10, 30).atZone(NEW_YORK).toInstant();
    Instant thirtieth = LocalDateTime.of(2026, 3, 30, 9, 30).atZone(NEW_YORK).toInstant();
    series(sixteenth, null);
    series(thirtieth, null);

    assertThatThrownBy(() -> series(MONDAY_TEN, new Recurrence(1, 6, null)))
        .isInstanceOf(SeriesClashes.class)
        .hasMessageContaining("Mon 16 Mar 2026 10:00")
        .hasMessageContaining("Mon 30 Mar 2026 10:00")
        .hasMessageNotContaining("23 Mar")
        .satisfies(e -> assertThat(((SeriesClashes) e).dates()).hasSize(2));
    assertThat(
            world.in(
                () ->
                    world.appointments.list(
                        world.desk,
                        MONDAY_TEN.minusSeconds(3600),
                        MONDAY_TEN.plusSeconds(50L * 24 * 3600),
                        null)))
        .hasSize(2);
  }

  @Test
  void movingOrCancellingOneOccurrenceLeavesTheRestAlone() {
    List<AppointmentView> booked = series(MONDAY_TEN, new Recurrence(1, 4, null));
    Instant elevenOnTheNinth = LocalDateTime.of(2026, 3, 9, 11, 0).atZone(NEW_YORK).toInstant();

    world.in(() -> world.appointments.move(world.desk, booked.get(1).id(), elevenOnTheNinth));
    world.in(
        () -> world.appointments.mark(world.desk, booked.get(2).id(), AppointmentStatus.CANCELLED));

    List<AppointmentView> now = stored(booked.get(0).seriesId());
    assertThat(now)
        .extracting(a -> local(a).toLocalTime())
        .containsExactly(
            LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(10, 0), LocalTime.of(10, 0));
    assertThat(now)
        .extracting(AppointmentView::status)
        .containsExactly(
            AppointmentStatus.BOOKED,
            AppointmentStatus.BOOKED,
            AppointmentStatus.CANCELLED,
            AppointmentStatus.BOOKED);
  }

  @Test
  void thisAndFollowingMovesKeepTheNewWallClockTimeAcrossTheChange() {
    // The first occurrence is on standard time; moving it and the following by an hour must give
    // 11:00 on every date, not 11:00 on the first and 12:00 (or 10:00) after the change.
    List<AppointmentView> booked = series(MONDAY_TEN, new Recurrence(1, 4, null));
    Instant elevenOnTheSecond = LocalDateTime.of(2026, 3, 2, 11, 0).atZone(NEW_YORK).toInstant();

    world.in(
        () ->
            world.appointments.change(
                world.desk,
                booked.get(0).id(),
                elevenOnTheSecond,
                null,
                Appointments.Scope.FOLLOWING));

    assertThat(stored(booked.get(0).seriesId()))
        .extracting(a -> local(a).toLocalTime())
        .containsOnly(LocalTime.of(11, 0));
  }

  @Test
  void cancellingThisAndFollowingKeepsTheEarlierOccurrences() {
    List<AppointmentView> booked = series(MONDAY_TEN, new Recurrence(2, 4, null));

    List<AppointmentView> cancelled =
        world.in(
            () ->
                world.appointments.change(
                    world.desk,
                    booked.get(2).id(),
                    null,
                    AppointmentStatus.CANCELLED,
                    Appointments.Scope.FOLLOWING));

    assertThat(cancelled).hasSize(2);
    assertThat(stored(booked.get(0).seriesId()))
        .extracting(AppointmentView::status)
        .containsExactly(
            AppointmentStatus.BOOKED,
            AppointmentStatus.BOOKED,
            AppointmentStatus.CANCELLED,
            AppointmentStatus.CANCELLED);
  }

  @Test
  void inBerlinAFortnightlySeriesKeepsItsTimeAcrossTheAutumnChange() {
    AppointmentsWorld berlin = new AppointmentsWorld("series-berlin", "Europe/Berlin");
    ZoneId zone = ZoneId.of("Europe/Berlin");
    // Clocks go back on 25 October 2026.
    Instant start = LocalDateTime.of(2026, 10, 19, 10, 0).atZone(zone).toInstant();
    List<AppointmentView> booked =
        berlin.in(
            () ->
                berlin.appointments.bookAll(
                    berlin.desk,
                    new AppointmentRequest(
                        berlin.jo,
                        berlin.therapist.accountId(),
                        berlin.fiftyMinutes,
                        null,
                        start,
                        null,
                        null,
                        null,
                        new Recurrence(1, 2, null))));

    assertThat(booked)
        .extracting(a -> LocalDateTime.ofInstant(a.startsAt(), zone))
        .containsExactly(
            LocalDateTime.of(2026, 10, 19, 10, 0), LocalDateTime.of(2026, 10, 26, 10, 0));
    assertThat(booked.get(1).startsAt()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
  }
}
