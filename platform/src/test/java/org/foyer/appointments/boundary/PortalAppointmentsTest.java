package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.PortalSchedule;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.audit.AuditAction;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.portal.account.ContactPermission;
import org.junit.jupiter.api.Test;

/** Booking and cancelling from the portal, as a client and as a parent, against the database. */
class PortalAppointmentsTest {

  final AppointmentsWorld world = new AppointmentsWorld("portal-booking");

  /** Monday 2 March 2026, 10:00 in New York. */
  static final Instant MONDAY_TEN = Instant.parse("2026-03-02T15:00:00Z");

  PortalAppointment book(Caller caller, UUID client, Instant start) {
    return world.in(() -> world.portal.book(caller, client, world.fiftyMinutes, start));
  }

  Appointment stored(UUID id) {
    return world.in(() -> world.em.find(Appointment.class, id));
  }

  long audited(AuditAction action) {
    return world.in(
        () ->
            world
                .em
                .createQuery(
                    "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action", Long.class)
                .setParameter("action", action.name())
                .getSingleResult());
  }

  @Test
  void withSelfSchedulingOffThePortalListsButDoesNotBook() {
    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.booking()).isEqualTo("off");
    assertThat(schedule.mayBook()).isFalse();
    assertThat(schedule.services()).isEmpty();
    assertThatThrownBy(() -> book(world.joLogin, world.jo, MONDAY_TEN))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("does not take bookings in the portal");
  }

  @Test
  void aClientBooksAnOpenSlotInstantlyAndItShowsAsUpcomingWithItsPlace() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    List<SlotView> slots =
        world.in(
            () ->
                world.portal.slots(
                    world.joLogin,
                    world.jo,
                    world.fiftyMinutes,
                    Instant.parse("2026-03-02T05:00:00Z")));
    assertThat(slots).extracting(SlotView::startsAt).contains(MONDAY_TEN);
    PortalAppointment booked = book(world.joLogin, world.jo, MONDAY_TEN);
    assertThat(booked.status()).isEqualTo("Booked");
    assertThat(booked.place()).isEqualTo("Main office");
    assertThat(booked.clinician()).isEqualTo("Dr. Rae Lin");
    assertThat(stored(booked.id()).createdBy()).isEqualTo("jo@example.org");
    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.upcoming()).extracting(PortalAppointment::id).containsExactly(booked.id());
    assertThat(schedule.timeZone()).isEqualTo("America/New_York");
    assertThat(world.told.fired())
        .singleElement()
        .satisfies(
            due -> {
              assertThat(due.what()).isEqualTo(AppointmentNoticeDue.What.BOOKED);
              assertThat(due.recipients()).containsExactly("jo@example.org");
              assertThat(due.place()).isEqualTo("Main office");
            });
    assertThat(audited(AuditAction.APPOINTMENT_BOOKED)).isEqualTo(1);
  }

  @Test
  void aTimeOutsideTheHoursOrAlreadyTakenIsAClearConflictAndNothingIsStored() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    assertThatThrownBy(() -> book(world.joLogin, world.jo, Instant.parse("2026-03-03T15:00:00Z")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("no longer free");
    book(world.samParent, world.sam, MONDAY_TEN);
    assertThatThrownBy(() -> book(world.joLogin, world.jo, MONDAY_TEN.plus(Duration.ofMinutes(30))))
        .isInstanceOf(Conflict.class);
    assertThat(world.in(() -> world.portal.schedule(world.joLogin, world.jo)).upcoming()).isEmpty();
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.portal.book(world.joLogin, world.jo, UUID.randomUUID(), MONDAY_TEN)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Choose one of the services offered");
  }

  @Test
  void fiftyClientsRacingForOneSlotBookItExactlyOnce() throws Exception {
    world.scheduling(SelfScheduling.INSTANT, 24);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Callable<String> attempt =
          () -> {
            start.await();
            try {
              book(world.joLogin, world.jo, MONDAY_TEN);
              return "booked";
            } catch (Conflict e) {
              return e.getMessage();
            }
          };
      outcomes.add(pool.submit(attempt));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get());
    }
    pool.shutdown();
    assertThat(results).filteredOn("booked"::equals).hasSize(1);
    assertThat(results)
        .filteredOn(r -> !"booked".equals(r))
        .hasSize(49)
        .allMatch(r -> r.contains("no longer free"));
    assertThat(world.in(() -> world.portal.schedule(world.joLogin, world.jo)).upcoming())
        .hasSize(1);
  }

  @Test
  void aRequestHoldsTheTimeUntilStaffConfirmOrDeclineAndTheClientHearsEither() {
    world.scheduling(SelfScheduling.REQUEST, 24);
    PortalAppointment asked = book(world.joLogin, world.jo, MONDAY_TEN);
    assertThat(asked.status()).isEqualTo("Requested");
    assertThat(stored(asked.id()).status()).isEqualTo(AppointmentStatus.REQUESTED);
    assertThat(world.told.fired())
        .extracting(AppointmentNoticeDue::what)
        .containsExactly(
            AppointmentNoticeDue.What.REQUEST_RECEIVED,
            AppointmentNoticeDue.What.REQUEST_FOR_STAFF);
    assertThat(world.told.fired().get(1).recipients()).containsExactly("rae@example.org");
    world.in(() -> world.appointments.mark(world.therapist, asked.id(), AppointmentStatus.BOOKED));
    assertThat(world.told.fired().get(2).what()).isEqualTo(AppointmentNoticeDue.What.CONFIRMED);

    PortalAppointment second = book(world.joLogin, world.jo, MONDAY_TEN.plus(Duration.ofHours(1)));
    world.in(() -> world.appointments.mark(world.desk, second.id(), AppointmentStatus.CANCELLED));
    assertThat(world.told.fired().get(world.told.fired().size() - 1).what())
        .isEqualTo(AppointmentNoticeDue.What.DECLINED);
  }

  @Test
  void cancellingInsideTheWindowNeedsTheFeeNoticeAcceptedAndIsRecordedAsLate() {
    world.scheduling(SelfScheduling.INSTANT, 48);
    PortalAppointment soon = book(world.joLogin, world.jo, MONDAY_TEN);
    PortalAppointment later = book(world.joLogin, world.jo, Instant.parse("2026-03-04T15:00:00Z"));
    assertThat(soon.lateIfCancelledNow()).isTrue();
    assertThat(later.lateIfCancelledNow()).isFalse();
    assertThatThrownBy(
            () -> world.in(() -> world.portal.cancel(world.joLogin, world.jo, soon.id(), false)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("late-cancellation fee");
    assertThat(stored(soon.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    world.in(() -> world.portal.cancel(world.joLogin, world.jo, soon.id(), true));
    world.in(() -> world.portal.cancel(world.joLogin, world.jo, later.id(), false));
    assertThat(stored(soon.id()).status()).isEqualTo(AppointmentStatus.LATE_CANCELLED);
    assertThat(stored(later.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThatThrownBy(
            () -> world.in(() -> world.portal.cancel(world.joLogin, world.jo, later.id(), true)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already cancelled");
    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    assertThat(schedule.upcoming()).isEmpty();
    assertThat(schedule.past())
        .extracting(PortalAppointment::status)
        .containsExactlyInAnyOrder("Cancelled late", "Cancelled");
  }

  @Test
  void aParentBooksForTheChildOnItsBehalfAndLosesItWhenTheLinkNoLongerPermitsAppointments() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    PortalAppointment booked = book(world.samParent, world.sam, MONDAY_TEN);
    assertThat(
            world.in(
                () ->
                    world
                        .em
                        .createQuery(
                            "SELECT e.onBehalfOf FROM AuditEvent e WHERE e.action = :action",
                            String.class)
                        .setParameter("action", AuditAction.APPOINTMENT_BOOKED.name())
                        .getSingleResult()))
        .contains(world.sam.toString());
    world.in(
        () -> {
          world
              .link(world.sam, world.samParent.accountId())
              .permit(EnumSet.of(ContactPermission.FORMS, ContactPermission.NOTICES));
          return null;
        });
    assertThatThrownBy(() -> world.in(() -> world.portal.schedule(world.samParent, world.sam)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(() -> world.portal.cancel(world.samParent, world.sam, booked.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThat(stored(booked.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    world.in(
        () -> {
          world.link(world.sam, world.samParent.accountId()).revoke(AppointmentsWorld.NOW);
          return null;
        });
    assertThatThrownBy(() -> book(world.samParent, world.sam, MONDAY_TEN.plus(Duration.ofHours(1))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anotherClientsAppointmentAnotherPracticeAndStaffCallersMeetNotFound() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    PortalAppointment samsOwn = book(world.samParent, world.sam, MONDAY_TEN);
    assertThatThrownBy(
            () -> world.in(() -> world.portal.cancel(world.joLogin, world.jo, samsOwn.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.portal.cancel(world.joLogin, world.sam, samsOwn.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.portal.schedule(world.desk, world.jo)))
        .isInstanceOf(NotFound.class);
    AppointmentsWorld other = new AppointmentsWorld("portal-booking-other");
    assertThatThrownBy(
            () -> other.in(() -> other.portal.cancel(other.joLogin, other.jo, samsOwn.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> other.in(() -> other.portal.schedule(other.joLogin, world.jo)))
        .isInstanceOf(NotFound.class);
    assertThat(stored(samsOwn.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void aClientWithoutAClinicianIsToldWhyAndATelehealthAppointmentCarriesTheVideoRoom() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    PortalSchedule kits = world.in(() -> world.portal.schedule(world.kitLogin, world.kit));
    assertThat(kits.mayBook()).isFalse();
    assertThat(kits.bookingBlockedBecause()).contains("do not have a clinician");
    assertThatThrownBy(() -> book(world.kitLogin, world.kit, MONDAY_TEN))
        .isInstanceOf(Refused.class);
    world.in(
        () ->
            world.availability.setVideoLink(
                world.therapist, world.therapist.accountId(), "https://video.example.org/rae"));
    // Friday 6 March, 13:00 in New York, is a telehealth block.
    PortalAppointment video = book(world.joLogin, world.jo, Instant.parse("2026-03-06T18:00:00Z"));
    assertThat(video.telehealth()).isTrue();
    assertThat(video.videoLink()).isEqualTo("https://video.example.org/rae");
    assertThat(video.place()).isEqualTo("Video");
  }
}
