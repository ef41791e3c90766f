package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.waitlist.WaitingClient;
import org.foyer.appointments.waitlist.WaitlistView;
import org.foyer.appointments.waitlist.WaitlistWish;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.Relationship;
import org.junit.jupiter.api.Test;

/**
 * The automatic waiting list against the database: who is offered a freed time, in which order, and
 * how claims, late claims, races and strangers are answered.
 */
class WaitlistTest {

  final AppointmentsWorld world = new AppointmentsWorld("waitlist");

  /** Monday 2 March 2026, 10:00 in New York: Jo's appointment, which Jo will cancel. */
  static final Instant MONDAY_TEN = Instant.parse("2026-03-02T15:00:00Z");

  final UUID lee;
  final Caller leeLogin;

  WaitlistTest() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    lee = world.client("Lee", LocalDate.of(1980, 2, 2), world.therapist.accountId());
    leeLogin = world.login(lee, "lee@example.org", "Lee Rivera", Relationship.SELF);
  }

  UUID bookForJo(Instant start) {
    return world
        .in(() -> world.portal.book(world.joLogin, world.jo, world.fiftyMinutes, start))
        .id();
  }

  WaitlistView join(Caller login, UUID client, UUID service, LocalDate by) {
    return world.in(() -> world.waitlist.join(login, client, new WaitlistWish(service, by)));
  }

  WaitlistView view(Caller login, UUID client) {
    return world.in(() -> world.waitlist.view(login, client));
  }

  void joCancels(UUID appointment) {
    world.in(() -> world.portal.cancel(world.joLogin, world.jo, appointment, true));
  }

  List<AppointmentNoticeDue> told(AppointmentNoticeDue.What what) {
    return world.told.fired().stream().filter(due -> due.what() == what).toList();
  }

  @Test
  void aCancellationOffersTheFreedTimeToEveryoneWaitingInQueueOrder() {
    UUID jos = bookForJo(MONDAY_TEN);
    join(world.samParent, world.sam, null, null);
    world.clock.advance(Duration.ofMinutes(1));
    join(leeLogin, lee, world.fiftyMinutes, LocalDate.of(2026, 3, 20));

    joCancels(jos);

    assertThat(told(AppointmentNoticeDue.What.WAITLIST_OFFER))
        .extracting(due -> due.recipients().get(0))
        .containsExactly("maria@example.org", "lee@example.org");
    AppointmentNoticeDue offer = told(AppointmentNoticeDue.What.WAITLIST_OFFER).get(0);
    assertThat(offer.startsAt()).isEqualTo(MONDAY_TEN);
    assertThat(offer.place()).isEqualTo("Main office");
    assertThat(offer.openUntil()).contains(world.clock.instant().plus(Duration.ofHours(2)));
    WaitlistView sams = view(world.samParent, world.sam);
    assertThat(sams.offers())
        .singleElement()
        .satisfies(o -> assertThat(o.startsAt()).isEqualTo(MONDAY_TEN));
    assertThat(
            world.in(
                () -> world.waitlist.listForClinician(world.desk, world.therapist.accountId())))
        .extracting(WaitingClient::clientName, WaitingClient::offerOpen)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sam Rivera", true),
            org.assertj.core.groups.Tuple.tuple("Lee Rivera", true));
  }

  @Test
  void theFirstClaimBooksTheTimeAndTheOthersAreToldItIsGoneAndStayOnTheList() {
    UUID jos = bookForJo(MONDAY_TEN);
    join(world.samParent, world.sam, null, null);
    join(leeLogin, lee, null, null);
    joCancels(jos);
    UUID leesOffer = view(leeLogin, lee).offers().get(0).id();
    UUID samsOffer = view(world.samParent, world.sam).offers().get(0).id();

    PortalAppointment booked = world.in(() -> world.waitlist.claim(leeLogin, lee, leesOffer));

    assertThat(booked.startsAt()).isEqualTo(MONDAY_TEN);
    Appointment stored = world.in(() -> world.em.find(Appointment.class, booked.id()));
    assertThat(stored.clientId()).isEqualTo(lee);
    assertThat(stored.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(view(leeLogin, lee).waiting()).isFalse();
    assertThat(told(AppointmentNoticeDue.What.WAITLIST_GONE))
        .singleElement()
        .satisfies(due -> assertThat(due.recipients()).containsExactly("maria@example.org"));
    WaitlistView sams = view(world.samParent, world.sam);
    assertThat(sams.waiting()).isTrue();
    assertThat(sams.offers()).isEmpty();
    assertThatThrownBy(
            () -> world.in(() -> world.waitlist.claim(world.samParent, world.sam, samsOffer)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("claimed this time first");
  }

  @Test
  void aClaimAfterTheWindowIsRefusedAndBooksNothing() {
    UUID jos = bookForJo(MONDAY_TEN);
    join(leeLogin, lee, null, null);
    joCancels(jos);
    UUID offer = view(leeLogin, lee).offers().get(0).id();
    world.clock.advance(Duration.ofHours(2));

    assertThat(view(leeLogin, lee).offers()).isEmpty();
    assertThatThrownBy(() -> world.in(() -> world.waitlist.claim(leeLogin, lee, offer)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("offer has ended");
    assertThat(world.in(() -> world.appointments.listForClient(world.desk, lee))).isEmpty();
  }

  @Test
  void aTimeTakenMeanwhileAnswersAConflictNeverADoubleBooking() {
    UUID jos = bookForJo(MONDAY_TEN);
    join(leeLogin, lee, null, null);
    joCancels(jos);
    UUID offer = view(leeLogin, lee).offers().get(0).id();
    world.in(
        () ->
            world.appointments.book(
                world.desk,
                new AppointmentRequest(
                    world.kit,
                    world.therapist.accountId(),
                    world.fiftyMinutes,
                    world.office,
                    MONDAY_TEN,
                    null,
                    null,
                    List.of(),
                    null)));

    assertThatThrownBy(() -> world.in(() -> world.waitlist.claim(leeLogin, lee, offer)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("no longer free");
    assertThat(world.in(() -> world.appointments.listForClient(world.desk, lee))).isEmpty();
  }

  @Test
  void anotherClientsOfferOrAnotherPracticesClientIsNotFound() {
    UUID jos = bookForJo(MONDAY_TEN);
    join(leeLogin, lee, null, null);
    joCancels(jos);
    UUID leesOffer = view(leeLogin, lee).offers().get(0).id();

    assertThatThrownBy(
            () -> world.in(() -> world.waitlist.claim(world.joLogin, world.jo, leesOffer)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.waitlist.claim(world.joLogin, lee, leesOffer)))
        .isInstanceOf(NotFound.class);
    AppointmentsWorld other = new AppointmentsWorld("waitlist-other");
    assertThatThrownBy(() -> other.in(() -> other.waitlist.view(other.joLogin, lee)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> other.in(() -> other.waitlist.claim(other.joLogin, other.jo, leesOffer)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                other.in(
                    () -> other.waitlist.listForClinician(other.desk, world.therapist.accountId())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> world.waitlist.listForClinician(leeLogin, world.therapist.accountId())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void onlyWishesThatFitTheFreedTimeAreOffered() {
    UUID jos = bookForJo(MONDAY_TEN);
    UUID longSession =
        world.in(
            () ->
                world
                    .serviceTypes
                    .add(world.admin, new ServiceType.Details("Family session", 80, 20_000, null))
                    .id());
    join(world.samParent, world.sam, longSession, null);
    join(leeLogin, lee, null, LocalDate.of(2026, 3, 1));
    UUID ann = world.client("Ann", LocalDate.of(1970, 1, 1), world.therapist.accountId());
    Caller annLogin = world.login(ann, "ann.r@example.org", "Ann Rivera", Relationship.SELF);
    join(annLogin, ann, null, null);
    world.in(
        () ->
            world.portal.book(
                annLogin, ann, world.fiftyMinutes, Instant.parse("2026-03-02T14:00:00Z")));

    joCancels(jos);

    // Sam's service does not fit in 50 minutes, Lee wanted a time by Sunday, and Ann already sees
    // the clinician an hour earlier that day.
    assertThat(told(AppointmentNoticeDue.What.WAITLIST_OFFER)).isEmpty();
  }

  @Test
  void aDeclinedRequestIsOfferedToo() {
    world.scheduling(SelfScheduling.REQUEST, 24);
    UUID request = bookForJo(MONDAY_TEN);
    join(leeLogin, lee, null, null);

    world.in(() -> world.appointments.mark(world.therapist, request, AppointmentStatus.CANCELLED));

    assertThat(told(AppointmentNoticeDue.What.WAITLIST_OFFER))
        .singleElement()
        .satisfies(due -> assertThat(due.recipients()).containsExactly("lee@example.org"));
  }

  @Test
  void joiningAgainKeepsThePlaceAndRefusesAServiceNotBookedOnlineOrAPastDay() {
    join(world.samParent, world.sam, null, null);
    world.clock.advance(Duration.ofMinutes(1));
    join(leeLogin, lee, null, null);
    world.clock.advance(Duration.ofMinutes(1));
    join(world.samParent, world.sam, world.fiftyMinutes, LocalDate.of(2026, 4, 1));
    assertThat(
            world.in(
                () -> world.waitlist.listForClinician(world.desk, world.therapist.accountId())))
        .extracting(WaitingClient::clientName)
        .containsExactly("Sam Rivera", "Lee Rivera");

    UUID inPerson =
        world.in(
            () ->
                world
                    .serviceTypes
                    .add(world.admin, new ServiceType.Details("Assessment", 50, 20_000, null))
                    .id());
    world.in(() -> world.bookingRules.offerOnline(world.admin, inPerson, false));
    assertThatThrownBy(() -> join(leeLogin, lee, inPerson, null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("cannot be booked online");
    assertThatThrownBy(() -> join(leeLogin, lee, null, LocalDate.of(2026, 2, 28)))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).fieldErrors())
                    .containsEntry(
                        "wantedBy", "Choose today or a later day, or leave the day empty"));

    world.in(() -> world.waitlist.leave(leeLogin, lee));
    assertThat(view(leeLogin, lee).waiting()).isFalse();
    assertThatThrownBy(() -> world.in(() -> world.waitlist.leave(leeLogin, lee)))
        .isInstanceOf(NotFound.class);
  }
}
