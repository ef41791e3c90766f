package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.ClinicianBusy;
import org.foyer.appointments.entity.RoomTaken;
import org.foyer.appointments.rooms.Rooms;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.portal.account.boundary.ClientLogins;
import org.junit.jupiter.api.Test;

/** Rooms kept by PostgreSQL's exclusion constraint, and couple or family sessions. */
class RoomsAndClientsTest {

  static final Instant MONDAY_TEN = Instant.parse("2026-03-02T15:00:00Z");

  final AppointmentsWorld world = new AppointmentsWorld("rooms");
  final Rooms rooms = new Rooms(world.em, world.locations, world.audit);

  UUID room(String name) {
    return world.in(() -> rooms.add(world.admin, world.office, name)).id();
  }

  AppointmentView book(UUID clinician, UUID room, Instant start, List<UUID> clients) {
    return world.in(
        () ->
            world.appointments.book(
                world.desk,
                new AppointmentRequest(
                    world.jo,
                    clinician,
                    world.fiftyMinutes,
                    world.office,
                    start,
                    null,
                    room,
                    clients,
                    null)));
  }

  @Test
  void roomsBelongToALocationAndOnlyCatalogueManagersChangeThem() {
    UUID blue = room("Blue room");

    assertThat(world.in(() -> rooms.list(world.therapist, world.office)))
        .extracting(Rooms.RoomView::name)
        .containsExactly("Blue room");
    assertThatThrownBy(() -> room("blue ROOM")).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> world.in(() -> rooms.add(world.desk, world.office, "Green")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> world.in(() -> rooms.add(world.joLogin, world.office, "Green")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> rooms.add(world.admin, UUID.randomUUID(), "Green")))
        .isInstanceOf(InvalidInput.class);
    world.in(() -> rooms.archive(world.admin, blue));
    assertThat(world.in(() -> rooms.list(world.therapist, null))).isEmpty();
    assertThatThrownBy(() -> book(world.therapist.accountId(), blue, MONDAY_TEN, null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("room of the appointment's location");
  }

  @Test
  void aRoomIsNotBookedTwiceAtOnceButIsFreedByACancellation() {
    UUID blue = room("Blue room");
    AppointmentView first = book(world.therapist.accountId(), blue, MONDAY_TEN, null);
    assertThat(first.roomName()).isEqualTo("Blue room");

    assertThatThrownBy(
            () -> book(world.otherTherapist.accountId(), blue, MONDAY_TEN.plusSeconds(600), null))
        .isInstanceOf(RoomTaken.class)
        .hasMessageContaining("room is taken");
    // The clinician's own constraint still answers for the clinician.
    assertThatThrownBy(() -> book(world.therapist.accountId(), null, MONDAY_TEN, null))
        .isInstanceOf(ClinicianBusy.class);

    world.in(() -> world.appointments.mark(world.desk, first.id(), AppointmentStatus.CANCELLED));
    assertThat(book(world.otherTherapist.accountId(), blue, MONDAY_TEN, null).roomId())
        .isEqualTo(blue);
  }

  /**
   * Without the clinician's and room's locks, PostgreSQL broke some of these races as deadlocks,
   * which named neither constraint and reached the desk as a storage error.
   */
  @Test
  void ofTwentyClinciansRacingForOneRoomExactlyOneGetsIt() throws Exception {
    UUID blue = room("Blue room");
    List<Callable<AppointmentView>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      UUID clinician =
          world
              .staffMember(
                  "t" + i + "@example.org", "Therapist " + i, StaffRole.THERAPIST, Set.of())
              .accountId();
      attempts.add(() -> book(clinician, blue, MONDAY_TEN, null));
    }

    assertThat(race(attempts)).containsEntry("booked", 1L).containsEntry("RoomTaken", 19L);
    assertThat(bookedAroundMondayTen()).hasSize(1);
  }

  @Test
  void ofTwentyDesksBookingOneClinicianInTwentyRoomsExactlyOneGetsThem() throws Exception {
    List<Callable<AppointmentView>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      UUID room = room("Room " + i);
      attempts.add(() -> book(world.therapist.accountId(), room, MONDAY_TEN, null));
    }

    assertThat(race(attempts)).containsEntry("booked", 1L).containsEntry("ClinicianBusy", 19L);
    assertThat(bookedAroundMondayTen()).hasSize(1);
  }

  /** Starts the attempts together; counts each outcome, a refusal by its exception's name. */
  private static Map<String, Long> race(List<Callable<AppointmentView>> attempts)
      throws InterruptedException {
    ExecutorService desks = Executors.newFixedThreadPool(attempts.size());
    CountDownLatch ready = new CountDownLatch(attempts.size());
    List<Callable<String>> together = new ArrayList<>();
    for (Callable<AppointmentView> attempt : attempts) {
      together.add(
          () -> {
            ready.countDown();
            ready.await();
            try {
              attempt.call();
              return "booked";
            } catch (Conflict refused) {
              return refused.getClass().getSimpleName();
            }
          });
    }
    Map<String, Long> outcomes = new TreeMap<>();
    try {
      for (Future<String> outcome : desks.invokeAll(together)) {
        outcomes.merge(outcome.get(), 1L, Long::sum);
      }
    } catch (ExecutionException unexpected) {
      throw new AssertionError("an attempt failed other than by a refusal", unexpected.getCause());
    } finally {
      desks.shutdown();
    }
    return outcomes;
  }

  private List<AppointmentView> bookedAroundMondayTen() {
    return world.in(
        () ->
            world.appointments.list(
                world.desk, MONDAY_TEN.minusSeconds(60), MONDAY_TEN.plusSeconds(60), null));
  }

  @Test
  void aFamilySessionIsSeenByEachParticipantAndByNobodyElse() throws Exception {
    AppointmentView family =
        book(world.therapist.accountId(), null, MONDAY_TEN, List.of(world.jo, world.sam));

    assertThat(family.clientId()).isEqualTo(world.jo);
    assertThat(family.clients())
        .extracting(AppointmentView.Participant::name)
        .containsExactly("Jo Rivera", "Sam Rivera");
    assertThat(family.clientNames()).isEqualTo("Jo Rivera & Sam Rivera");
    // Staff see it on both clients' pages.
    assertThat(world.in(() -> world.appointments.listForClient(world.desk, world.sam)))
        .extracting(AppointmentView::id)
        .containsExactly(family.id());
    // Both portals list it (Sam's through the parent's link); Kit's does not.
    assertThat(world.in(() -> world.portal.schedule(world.joLogin, world.jo)).upcoming())
        .extracting(PortalAppointment::id)
        .containsExactly(family.id());
    assertThat(world.in(() -> world.portal.schedule(world.samParent, world.sam)).upcoming())
        .extracting(PortalAppointment::id)
        .containsExactly(family.id());
    assertThat(world.in(() -> world.portal.schedule(world.kitLogin, world.kit)).upcoming())
        .isEmpty();
    // Nor can Kit reach it through their own profile.
    assertThatThrownBy(
            () ->
                world.in(() -> world.portal.cancel(world.kitLogin, world.kit, family.id(), false)))
        .isInstanceOf(NotFound.class);

    CalendarFeeds feeds =
        new CalendarFeeds(
            world.em,
            world.audit,
            world.records,
            world.network,
            new ClientLogins(world.em),
            world.staff,
            world.serviceTypes,
            world.locations,
            world.availability,
            world.clock);
    String samFeed =
        world.in(
            () ->
                feeds.render(
                    world.in(() -> feeds.createForClient(world.samParent, world.sam)).secret()));
    String kitFeed =
        world.in(
            () ->
                feeds.render(
                    world.in(() -> feeds.createForClient(world.kitLogin, world.kit)).secret()));
    assertThat(new CalendarBuilder().build(new StringReader(samFeed)).getComponents("VEVENT"))
        .hasSize(1);
    assertThat(new CalendarBuilder().build(new StringReader(kitFeed)).getComponents("VEVENT"))
        .isEmpty();
    // A participant's feed names nobody: not the other client either.
    assertThat(samFeed).doesNotContain("Jo ", "Rivera");
  }

  @Test
  void theSingleClientApiStillBooksOneClientAndRefusesAnUnknownOne() {
    AppointmentView single = book(world.therapist.accountId(), null, MONDAY_TEN, null);
    assertThat(single.clients())
        .extracting(AppointmentView.Participant::id)
        .containsExactly(world.jo);

    assertThatThrownBy(
            () ->
                book(
                    world.otherTherapist.accountId(),
                    null,
                    MONDAY_TEN,
                    List.of(world.jo, UUID.randomUUID())))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("clients of the practice");
  }
}
