package org.foyer.appointments;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.Availability;
import org.foyer.appointments.boundary.PortalAppointments;
import org.foyer.appointments.boundary.Waitlist;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.rules.BookingRulesService;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.MovableClock;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.fixtures.SampleLogins;
import org.foyer.fixtures.SamplePractices;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;

/**
 * A practice in America/New_York for scheduling tests: Dr. Rae Lin (Jo's and Sam's clinician,
 * Monday and Wednesday 09:00 to 12:00 at the office, Friday 13:00 to 15:00 by telehealth), a second
 * therapist, front desk who schedule for anyone, an administrator; Jo (an adult) with her login,
 * Sam (15) with a parent's login, and Kit with a login but no clinician. A 50-minute service.
 */
public final class AppointmentsWorld {

  public static final TestDatabase db = TestDatabase.get();

  /** A Sunday noon in New York, a week before the spring DST change (2026-03-08). */
  public static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

  public final MovableClock clock = new MovableClock(NOW);
  public final EntityManager em = db.entityManager();
  public final AuditLog audit = new AuditLog(em, clock);
  public final PortalSettingsService settings =
      new PortalSettingsService(em, new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  public final StaffDirectory staff = new StaffDirectory(em);
  public final ClientRecords records =
      new ClientRecords(em, audit, Inputs.standalone(), staff, clock);
  public final ContactNetwork network = new ContactNetwork(em, settings, records);
  public final ServiceTypes serviceTypes = new ServiceTypes(em, List.of(), new RecordedEvents<>());
  public final Locations locations = new Locations(em, List.of(), new RecordedEvents<>());
  public final RecordedEvents<AppointmentNoticeDue> told = new RecordedEvents<>();

  /** Clients whose intake packet is in, for the practice's rule that intake comes first. */
  public final Set<UUID> intakeSubmitted = new HashSet<>();

  /** Status changes reach the waiting list synchronously, as the container delivers them. */
  public final RecordedEvents<AppointmentStatusChanged> statusChanges =
      new RecordedEvents<>(changed -> this.waitlist.onStatusChanged(changed));

  public final AppointmentNotices notices =
      new AppointmentNotices(
          new ClientLogins(em),
          staff,
          new StaffPreferences(em, staff, null, null, new RecordedEvents<PreferencesChanged>()),
          told,
          statusChanges,
          em,
          records);
  public final Availability availability =
      new Availability(em, audit, staff, serviceTypes, locations, clock);
  public final Appointments appointments =
      new Appointments(
          em, audit, Inputs.standalone(), records, staff, serviceTypes, locations, notices, clock);
  public final PortalAppointments portal =
      new PortalAppointments(
          em,
          audit,
          network,
          records,
          availability,
          serviceTypes,
          locations,
          staff,
          notices,
          intakeSubmitted::contains,
          clock);
  public final Waitlist waitlist =
      new Waitlist(
          em,
          audit,
          records,
          serviceTypes,
          staff,
          notices,
          portal,
          availability,
          Inputs.standalone(),
          clock);
  public final BookingRulesService bookingRules =
      new BookingRulesService(em, audit, serviceTypes, Inputs.standalone());

  public final TenantId tenant;
  public final Caller admin;
  public final Caller therapist;
  public final Caller otherTherapist;
  public final Caller desk;
  public final UUID office;
  public final UUID telehealth;
  public final UUID fiftyMinutes;
  public final UUID jo;
  public final Caller joLogin;
  public final UUID sam;
  public final Caller samParent;
  public final UUID kit;
  public final Caller kitLogin;

  public AppointmentsWorld(String prefix) {
    this(prefix, "America/New_York");
  }

  public AppointmentsWorld(String prefix, String zone) {
    tenant = SamplePractices.create(db, prefix, zone, NOW);
    admin = SampleCallers.administrator("admin@example.org");
    therapist = staffMember("rae@example.org", "Dr. Rae Lin", StaffRole.THERAPIST, Set.of());
    otherTherapist = staffMember("ann@example.org", "Ann Holt", StaffRole.THERAPIST, Set.of());
    desk =
        staffMember(
            "desk@example.org",
            "Dee Desk",
            StaffRole.FRONT_DESK,
            EnumSet.of(Capability.MANAGE_SCHEDULE));
    office =
        in(
            () ->
                locations
                    .add(
                        admin, new Location.Details("Main office", LocationKind.OFFICE, "1 Elm St"))
                    .id());
    telehealth =
        in(
            () ->
                locations
                    .add(admin, new Location.Details("Video", LocationKind.TELEHEALTH, null))
                    .id());
    fiftyMinutes =
        in(
            () ->
                serviceTypes
                    .add(admin, new ServiceType.Details("Individual therapy", 50, 15_000, "90834"))
                    .id());
    jo = client("Jo", LocalDate.of(1990, 5, 1), therapist.accountId());
    joLogin = login(jo, "jo@example.org", "Jo Rivera", Relationship.SELF);
    sam = client("Sam", LocalDate.of(2011, 3, 1), therapist.accountId());
    samParent = login(sam, "maria@example.org", "Maria Rivera", Relationship.PARENT);
    kit = client("Kit", LocalDate.of(1985, 1, 1), null);
    kitLogin = login(kit, "kit@example.org", "Kit Rivera", Relationship.SELF);
    in(
        () ->
            availability.setWeeklyHours(
                therapist,
                therapist.accountId(),
                List.of(
                    new HoursBlock("MONDAY", "09:00", "12:00", office, null),
                    new HoursBlock("WEDNESDAY", "09:00", "12:00", office, null),
                    new HoursBlock("FRIDAY", "13:00", "15:00", telehealth, null))));
  }

  public <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  /** The practice takes appointments from the portal this way, cancelling up to hours before. */
  public void scheduling(SelfScheduling how, int cancellationWindowHours) {
    changeSettings(how, cancellationWindowHours, null);
  }

  /** Whether clients may pay in the portal (the portal setting "Clients can pay online"). */
  public void clientsPayOnline(boolean online) {
    changeSettings(null, null, online);
  }

  /** Changes the portal settings given, keeping the others (null keeps one). */
  private void changeSettings(SelfScheduling how, Integer cancellationWindowHours, Boolean pay) {
    in(
        () -> {
          PortalSettingsChange c = settings.getSettings(admin).asChange();
          settings.change(
              admin,
              new PortalSettingsChange(
                  c.portalEnabled(),
                  c.contactNetworkEnabled(),
                  c.displayName(),
                  c.brandColour(),
                  c.welcomeMessage(),
                  c.sessionTimeoutMinutes(),
                  c.staffMfaPolicy(),
                  c.clientMfa(),
                  how == null ? c.selfScheduling() : how,
                  cancellationWindowHours == null
                      ? c.cancellationWindowHours()
                      : cancellationWindowHours,
                  pay == null ? c.onlinePaymentsEnabled() : pay));
          return null;
        });
  }

  public Caller staffMember(String email, String name, StaffRole role, Set<Capability> can) {
    UUID id =
        in(
            () -> {
              StaffMember member = new StaffMember(email, name, role);
              member.activate("hash");
              em.persist(member);
              em.flush();
              return member.id();
            });
    return new Caller(id, Caller.Kind.STAFF, email, Set.of(), can);
  }

  public UUID client(String first, LocalDate born, UUID clinician) {
    return in(() ->
            records.create(
                admin,
                clinician == null
                    ? SampleClients.minimal(first, "Rivera", born)
                    : SampleClients.with(
                        SampleClients.minimal(first, "Rivera", born), "clinicianId", clinician)))
        .id();
  }

  public Caller login(UUID clientId, String email, String name, Relationship relationship) {
    return in(() -> SampleLogins.linked(em, clientId, email, name, relationship));
  }

  public ClientAccess link(UUID clientId, UUID accountId) {
    return SampleLogins.link(em, clientId, accountId);
  }
}
