package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.reminders.AppointmentReminders;
import org.foyer.appointments.reminders.ReminderSettingsService;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.Refused;
import org.junit.jupiter.api.Test;

/** Reminders at the practice's lead times, on the real database, with a clock that moves. */
class AppointmentRemindersTest {

  final AppointmentsWorld world = new AppointmentsWorld("reminders");
  final AppointmentReminders reminders =
      new AppointmentReminders(
          AppointmentsWorld.db.unitOfWork(),
          world.notices,
          world.locations,
          world.audit,
          world.clock);
  final ReminderSettingsService settings = new ReminderSettingsService(world.em, world.audit);

  /** Monday 9 March 2026, 10:00 in New York (after the DST change): eight days from NOW. */
  static final Instant MONDAY_TEN = Instant.parse("2026-03-09T14:00:00Z");

  UUID bookJo(Instant start) {
    return world
        .in(
            () ->
                world.appointments.book(
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
                        null)))
        .id();
  }

  List<AppointmentNoticeDue> remindersTold() {
    return world.told.fired().stream()
        .filter(due -> due.what() == AppointmentNoticeDue.What.REMINDER)
        .toList();
  }

  void at(Instant when) {
    world.clock.advance(Duration.between(world.clock.instant(), when));
  }

  @Test
  void aBookedAppointmentIsRemindedFortyEightAndTwoHoursBeforeOnceEach() {
    bookJo(MONDAY_TEN);
    at(MONDAY_TEN.minus(Duration.ofHours(49)));
    assertThat(reminders.remindDue(world.tenant)).isZero();
    at(MONDAY_TEN.minus(Duration.ofHours(47)));
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
    assertThat(reminders.remindDue(world.tenant)).as("the same reminder twice").isZero();
    assertThat(remindersTold())
        .singleElement()
        .satisfies(
            due -> {
              assertThat(due.recipients()).containsExactly("jo@example.org");
              assertThat(due.startsAt()).isEqualTo(MONDAY_TEN);
              assertThat(due.place()).isEqualTo("Main office");
            });
    at(MONDAY_TEN.minus(Duration.ofMinutes(119)));
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
    at(MONDAY_TEN.minus(Duration.ofMinutes(10)));
    assertThat(reminders.remindDue(world.tenant)).isZero();
    assertThat(remindersTold()).hasSize(2);
  }

  @Test
  void aCancelledAppointmentIsNotRemindedAndOneBookedLateSkipsTheLeadAlreadyPast() {
    UUID cancelled = bookJo(MONDAY_TEN);
    world.in(() -> world.appointments.mark(world.desk, cancelled, AppointmentStatus.CANCELLED));
    at(MONDAY_TEN.minus(Duration.ofHours(10)));
    Instant evening = MONDAY_TEN.plus(Duration.ofHours(4));
    bookJo(evening);
    assertThat(reminders.remindDue(world.tenant))
        .as("48 hours before had passed when it was booked; the booking mail said it")
        .isZero();
    at(evening.minus(Duration.ofMinutes(90)));
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
    assertThat(remindersTold())
        .singleElement()
        .extracting(AppointmentNoticeDue::startsAt)
        .isEqualTo(evening);
  }

  @Test
  void afterAnOutageSeveralDueLeadTimesSendOneMail() {
    bookJo(MONDAY_TEN);
    at(MONDAY_TEN.minus(Duration.ofHours(1)));
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
    assertThat(reminders.remindDue(world.tenant)).isZero();
    assertThat(remindersTold()).hasSize(1);
  }

  @Test
  void thePracticeChoosesItsLeadTimesOrNoneAndOnlyWithThePermission() {
    bookJo(MONDAY_TEN);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        settings.change(
                            world.desk, new ReminderSettingsService.Reminders(24, null))))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        settings.change(world.admin, new ReminderSettingsService.Reminders(0, 2))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("1 to 336 hours");
    world.in(() -> settings.change(world.admin, new ReminderSettingsService.Reminders(null, null)));
    at(MONDAY_TEN.minus(Duration.ofHours(1)));
    assertThat(reminders.remindDue(world.tenant)).isZero();
    world.in(() -> settings.change(world.admin, new ReminderSettingsService.Reminders(24, null)));
    assertThat(world.in(() -> settings.get(world.desk)).firstReminderHours()).isEqualTo(24);
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
  }

  @Test
  void anotherPracticesRunRemindsNothingOfThisOne() {
    bookJo(MONDAY_TEN);
    AppointmentsWorld other = new AppointmentsWorld("reminders-other");
    at(MONDAY_TEN.minus(Duration.ofHours(1)));
    AppointmentReminders otherReminders =
        new AppointmentReminders(
            AppointmentsWorld.db.unitOfWork(),
            other.notices,
            other.locations,
            other.audit,
            world.clock);
    assertThat(otherReminders.remindDue(other.tenant)).isZero();
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
  }
}
