package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.ClinicianBusy;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SamplePractices;
import org.foyer.portal.account.boundary.ClientLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Booking against the real database: the clinician's time is kept by PostgreSQL itself. */
class AppointmentsTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Instant TEN = Instant.parse("2026-03-10T15:00:00Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final AuditLog audit = new AuditLog(db.entityManager(), clock);
  final StaffDirectory staff = new StaffDirectory(db.entityManager());
  final ClientRecords clients =
      new ClientRecords(db.entityManager(), audit, Inputs.standalone(), staff, clock);
  final ServiceTypes serviceTypes =
      new ServiceTypes(db.entityManager(), List.of(), new RecordedEvents<>());
  final Locations locations = new Locations(db.entityManager(), List.of(), new RecordedEvents<>());
  final Appointments appointments =
      new Appointments(
          db.entityManager(),
          audit,
          Inputs.standalone(),
          clients,
          staff,
          serviceTypes,
          locations,
          new AppointmentNotices(
              new ClientLogins(db.entityManager()),
              staff,
              new StaffPreferences(
                  db.entityManager(), staff, null, null, new RecordedEvents<PreferencesChanged>()),
              new RecordedEvents<>()),
          clock);

  final Caller frontDesk =
      SampleCallers.staff("desk@example.org", EnumSet.of(Capability.MANAGE_SCHEDULE));
  final Caller administrator = SampleCallers.administrator("admin@example.org");
  TenantId practice;
  UUID client;
  UUID clinician;
  UUID otherClinician;
  UUID fiftyMinutes;

  @BeforeEach
  void practiceWithAClientTwoCliniciansAndAService() {
    practice = SamplePractices.create(db, "appointments", "America/Chicago", NOW);
    db.inTenant(
        practice,
        () -> {
          Client jo = new Client("Jo", "Rivera", LocalDate.of(1990, 5, 1), false);
          db.entityManager().persist(jo);
          client = jo.id();
          clinician = therapist("ana@example.org", "Ana Ortiz");
          otherClinician = therapist("ben@example.org", "Ben Park");
          fiftyMinutes =
              serviceTypes
                  .add(
                      administrator,
                      new ServiceType.Details("Individual therapy", 50, 15_000, null))
                  .id();
          return null;
        });
  }

  private UUID therapist(String email, String name) {
    StaffMember member = new StaffMember(email, name, StaffRole.THERAPIST);
    member.activate("hash");
    db.entityManager().persist(member);
    return member.id();
  }

  AppointmentView book(Caller caller, UUID with, Instant start) {
    return db.inTenant(
        practice,
        () ->
            appointments.book(
                caller,
                new AppointmentRequest(
                    client, with, fiftyMinutes, null, start, null, null, null, null)));
  }

  @Test
  void anAppointmentLastsAsLongAsItsServiceAndNamesWhoAndWhat() {
    AppointmentView booked = book(frontDesk, clinician, TEN);

    assertThat(booked.endsAt()).isEqualTo(TEN.plus(Duration.ofMinutes(50)));
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.clientName()).isEqualTo("Jo Rivera");
    assertThat(booked.clinicianName()).isEqualTo("Ana Ortiz");
    assertThat(booked.serviceName()).isEqualTo("Individual therapy");
    assertThat(booked.statusLabel()).isEqualTo("Booked");
  }

  @Test
  void anOverlappingTimeOfTheSameClinicianIsRefusedAndNothingIsStored() {
    book(frontDesk, clinician, TEN);

    assertThatThrownBy(() -> book(frontDesk, clinician, TEN.plus(Duration.ofMinutes(49))))
        .isInstanceOf(ClinicianBusy.class)
        .hasMessageContaining("already has an appointment at that time");
    assertThat(schedule()).hasSize(1);
  }

  @Test
  void backToBackAppointmentsAndAnotherClinicianAtTheSameTimeAreFine() {
    book(frontDesk, clinician, TEN);
    book(frontDesk, clinician, TEN.plus(Duration.ofMinutes(50)));
    book(frontDesk, otherClinician, TEN);

    assertThat(schedule()).hasSize(3);
  }

  @Test
  void aCancelledAppointmentFreesItsTimeAndCannotBeBookedAgain() {
    AppointmentView first = book(frontDesk, clinician, TEN);
    db.inTenant(
        practice, () -> appointments.mark(frontDesk, first.id(), AppointmentStatus.CANCELLED));

    AppointmentView second = book(frontDesk, clinician, TEN);

    assertThat(second.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () -> appointments.mark(frontDesk, first.id(), AppointmentStatus.BOOKED)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("A cancelled appointment cannot become booked");
  }

  @Test
  void movingOntoAnotherAppointmentIsRefusedAndTheAppointmentStaysWhereItWas() {
    book(frontDesk, clinician, TEN);
    AppointmentView later = book(frontDesk, clinician, TEN.plus(Duration.ofHours(2)));

    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () ->
                        appointments.move(frontDesk, later.id(), TEN.plus(Duration.ofMinutes(30)))))
        .isInstanceOf(ClinicianBusy.class);
    assertThat(db.inTenant(practice, () -> appointments.get(frontDesk, later.id())).startsAt())
        .isEqualTo(TEN.plus(Duration.ofHours(2)));
  }

  /** Two desks booking the same time at the same moment: the database lets exactly one win. */
  @Test
  void ofTwoRacingBookingsForTheSameTimeExactlyOneIsBooked() throws Exception {
    ExecutorService desks = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    List<Callable<String>> attempts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attempts.add(
          () -> {
            ready.countDown();
            ready.await();
            try {
              book(frontDesk, clinician, TEN);
              return "booked";
            } catch (ClinicianBusy busy) {
              return "busy";
            }
          });
    }
    List<String> outcomes = new ArrayList<>();
    for (Future<String> outcome : desks.invokeAll(attempts)) {
      outcomes.add(outcome.get());
    }
    desks.shutdown();

    assertThat(outcomes).containsExactlyInAnyOrder("booked", "busy");
    assertThat(schedule()).hasSize(1);
  }

  /**
   * 8 March 2026 is Chicago's spring-forward night: 01:30 to 03:20 by the wall clock is the 50
   * minutes the service lasts, and a booking at 03:00 local overlaps it.
   */
  @Test
  void acrossADaylightSavingChangeAnAppointmentKeepsItsRealLength() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    Instant halfPastOne = LocalDateTime.of(2026, 3, 8, 1, 30).atZone(chicago).toInstant();

    AppointmentView night = book(frontDesk, clinician, halfPastOne);

    assertThat(night.endsAt().atZone(chicago).toLocalTime()).hasToString("03:20");
    assertThat(Duration.between(night.startsAt(), night.endsAt())).hasMinutes(50);
    Instant threeLocal = LocalDateTime.of(2026, 3, 8, 3, 0).atZone(chicago).toInstant();
    assertThatThrownBy(() -> book(frontDesk, clinician, threeLocal))
        .isInstanceOf(ClinicianBusy.class);
  }

  @Test
  void aClinicianBooksTheirOwnTimeButNotAColleagues() {
    Caller ana = new Caller(clinician, Caller.Kind.STAFF, "ana@example.org", Set.of(), Set.of());

    assertThat(book(ana, clinician, TEN).clinicianId()).isEqualTo(clinician);
    assertThatThrownBy(() -> book(ana, otherClinician, TEN)).isInstanceOf(Refused.class);
  }

  @Test
  void somethingThatIsNotTheirsIsRefusedByNameAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () ->
                        appointments.book(
                            frontDesk,
                            new AppointmentRequest(
                                client,
                                UUID.randomUUID(),
                                fiftyMinutes,
                                null,
                                TEN,
                                null,
                                null,
                                null,
                                null))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Choose one of the practice's clinicians");
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () ->
                        appointments.book(
                            frontDesk,
                            new AppointmentRequest(
                                UUID.randomUUID(),
                                clinician,
                                fiftyMinutes,
                                null,
                                TEN,
                                null,
                                null,
                                null,
                                null))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Choose a client of the practice");
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () ->
                        appointments.book(
                            frontDesk,
                            new AppointmentRequest(
                                client, clinician, null, null, null, null, null, null, null))))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).fieldErrors())
                    .containsKeys("serviceTypeId", "startsAt"));
    assertThat(schedule()).isEmpty();
  }

  @Test
  void anotherPracticesAppointmentIsNotFoundAndAPortalLoginSeesNoSchedule() {
    AppointmentView booked = book(frontDesk, clinician, TEN);
    TenantId elsewhere = SamplePractices.create(db, "elsewhere");

    assertThatThrownBy(() -> db.inTenant(elsewhere, () -> appointments.get(frontDesk, booked.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    elsewhere,
                    () -> appointments.mark(frontDesk, booked.id(), AppointmentStatus.CANCELLED)))
        .isInstanceOf(NotFound.class);
    Caller portal = SampleCallers.portal(UUID.randomUUID(), "jo@example.org");
    assertThatThrownBy(() -> db.inTenant(practice, () -> appointments.get(portal, booked.id())))
        .isInstanceOf(NotFound.class);
    assertThat(db.inTenant(practice, () -> appointments.get(frontDesk, booked.id())).status())
        .isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void aClientsAppointmentsAreListedLatestFirstAndEveryBookingIsAudited() {
    book(frontDesk, clinician, TEN);
    book(frontDesk, clinician, TEN.plus(Duration.ofDays(7)));

    List<AppointmentView> theirs =
        db.inTenant(practice, () -> appointments.listForClient(frontDesk, client));

    assertThat(theirs)
        .extracting(AppointmentView::startsAt)
        .containsExactly(TEN.plus(Duration.ofDays(7)), TEN);
    assertThat(
            db.inTenant(
                practice,
                () ->
                    db.entityManager()
                        .createQuery(
                            "SELECT COUNT(e) FROM AuditEvent e WHERE e.subject LIKE :subject",
                            Long.class)
                        .setParameter("subject", "client " + client + " appointment % booked")
                        .getSingleResult()))
        .isEqualTo(2L);
  }

  @Test
  void aScheduleRangeMustBeShortAndInOrder() {
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice, () -> appointments.list(frontDesk, TEN, TEN.minusSeconds(1), null)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () -> appointments.list(frontDesk, TEN, TEN.plus(Duration.ofDays(90)), null)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most 62 days");
  }

  private List<AppointmentView> schedule() {
    return db.inTenant(
        practice,
        () ->
            appointments.list(
                frontDesk, TEN.minus(Duration.ofDays(30)), TEN.plus(Duration.ofDays(30)), null));
  }
}
