package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.PortalSchedule;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.rules.BookingRulesInput;
import org.foyer.appointments.rules.BookingRulesService;
import org.foyer.appointments.waitlist.WaitlistWish;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.Refused;
import org.junit.jupiter.api.Test;

/**
 * The practice's booking rules in the portal (intake before the first booking, services offered
 * online), a client's own time zone, and mail to every client of a group session.
 */
class BookingRulesTest {

  final AppointmentsWorld world = new AppointmentsWorld("booking-rules");

  /** Monday 9 March 2026, 10:00 in New York, the day after the spring DST change there. */
  static final Instant MONDAY_TEN = Instant.parse("2026-03-09T14:00:00Z");

  BookingRulesTest() {
    world.scheduling(SelfScheduling.INSTANT, 24);
  }

  void intakeFirst(boolean on) {
    world.in(() -> world.bookingRules.change(world.admin, new BookingRulesInput(on, 2)));
  }

  PortalAppointment joBooks(UUID service, Instant start) {
    return world.in(() -> world.portal.book(world.joLogin, world.jo, service, start));
  }

  @Test
  void withIntakeFirstAClientWithoutAPacketCannotBookTheirFirstAppointment() {
    intakeFirst(true);

    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.mayBook()).isFalse();
    assertThat(schedule.intakeFirst()).isTrue();
    assertThatThrownBy(() -> joBooks(world.fiftyMinutes, MONDAY_TEN))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("intake forms before booking your first appointment");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.waitlist.join(world.joLogin, world.jo, new WaitlistWish(null, null))))
        .isInstanceOf(Refused.class);

    world.intakeSubmitted.add(world.jo);
    assertThat(joBooks(world.fiftyMinutes, MONDAY_TEN).status()).isEqualTo("Booked");
  }

  @Test
  void intakeFirstHoldsBackOnlyTheFirstAppointment() {
    world.in(
        () ->
            world.appointments.book(
                world.desk,
                new AppointmentRequest(
                    world.jo,
                    world.therapist.accountId(),
                    world.fiftyMinutes,
                    world.office,
                    Instant.parse("2026-03-02T15:00:00Z"),
                    null,
                    null,
                    List.of(),
                    null)));
    intakeFirst(true);

    assertThat(joBooks(world.fiftyMinutes, MONDAY_TEN).status()).isEqualTo("Booked");
  }

  @Test
  void thePortalListsAndBooksOnlyServicesOfferedOnline() {
    UUID assessment =
        world.in(
            () ->
                world
                    .serviceTypes
                    .add(world.admin, new ServiceType.Details("Assessment", 50, 20_000, null))
                    .id());
    world.in(() -> world.bookingRules.offerOnline(world.admin, assessment, false));

    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.services())
        .extracting(ServiceTypeChoice::id)
        .containsExactly(world.fiftyMinutes);
    assertThatThrownBy(() -> joBooks(assessment, MONDAY_TEN))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("cannot be booked online")
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("serviceType"));
    assertThatThrownBy(
            () ->
                world.in(() -> world.portal.slots(world.joLogin, world.jo, assessment, MONDAY_TEN)))
        .isInstanceOf(InvalidInput.class);
    // Staff still book it.
    AppointmentView byStaff =
        world.in(
            () ->
                world.appointments.book(
                    world.desk,
                    new AppointmentRequest(
                        world.jo,
                        world.therapist.accountId(),
                        assessment,
                        world.office,
                        MONDAY_TEN,
                        null,
                        null,
                        List.of(),
                        null)));
    assertThat(byStaff.status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void onlyPortalSettingsManagersChangeTheRulesAndOutOfRangeHoursAreRefusedOnTheirField() {
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.bookingRules.change(world.therapist, new BookingRulesInput(true, 2))))
        .isInstanceOf(org.foyer.core.errors.Refused.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> world.bookingRules.change(world.admin, new BookingRulesInput(true, 0))))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("waitlistClaimHours"));
    BookingRulesService.View view =
        world.in(() -> world.bookingRules.change(world.admin, new BookingRulesInput(false, 6)));
    assertThat(view.waitlistClaimHours()).isEqualTo(6);
    assertThat(view.serviceTypes())
        .singleElement()
        .satisfies(s -> assertThat(s.offeredOnline()).isTrue());
  }

  @Test
  void aClientInBerlinSeesTheirPortalAndMailOnTheirOwnClock() {
    world.in(() -> world.records.changeTimeZone(world.admin, world.jo, "Europe/Berlin"));

    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.timeZone()).isEqualTo("Europe/Berlin");
    joBooks(world.fiftyMinutes, MONDAY_TEN);
    assertThat(world.told.last().zone()).contains(ZoneId.of("Europe/Berlin"));
    // Staff keep the practice's clock; an unknown zone is refused on its field.
    assertThat(world.in(() -> world.portal.practiceZone()))
        .isEqualTo(ZoneId.of("America/New_York"));
    assertThatThrownBy(
            () ->
                world.in(() -> world.records.changeTimeZone(world.admin, world.jo, "Mars/Olympus")))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("timeZone"));
    world.in(() -> world.records.changeTimeZone(world.admin, world.jo, ""));
    assertThat(world.in(() -> world.portal.schedule(world.joLogin, world.jo)).timeZone())
        .isEqualTo("America/New_York");
  }

  @Test
  void everyClientOfAGroupSessionIsToldOfItsCancellation() {
    world.in(() -> world.records.changeTimeZone(world.admin, world.sam, "Europe/Berlin"));
    AppointmentView family =
        world.in(
            () ->
                world.appointments.book(
                    world.desk,
                    new AppointmentRequest(
                        world.jo,
                        world.therapist.accountId(),
                        world.fiftyMinutes,
                        world.office,
                        MONDAY_TEN,
                        null,
                        null,
                        List.of(world.sam),
                        null)));
    world.told.fired().clear();

    world.in(() -> world.appointments.mark(world.desk, family.id(), AppointmentStatus.CANCELLED));

    List<AppointmentNoticeDue> cancelled =
        world.told.fired().stream()
            .filter(due -> due.what() == AppointmentNoticeDue.What.CANCELLED)
            .toList();
    assertThat(cancelled)
        .extracting(due -> due.recipients().get(0))
        .containsExactly("jo@example.org", "maria@example.org");
    assertThat(cancelled.get(1).zone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(cancelled.get(0).zone()).isEmpty();
  }
}
