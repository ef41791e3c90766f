package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.IntakeOnFile;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.PortalSchedule;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.ClinicianBusy;
import org.foyer.appointments.entity.RoomTaken;
import org.foyer.appointments.entity.TimeHolds;
import org.foyer.appointments.rules.BookingRulesService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Appointments in the portal, for a client or a contact whose link permits appointments: the
 * client's upcoming and past appointments, booking (instantly or as a request, as the practice
 * chose) with the client's own clinician in that clinician's open slots, and cancelling, which
 * inside the practice's cancellation window is recorded as a late cancellation. Anyone else, and
 * any appointment of another client, meets {@link NotFound} and nothing changes.
 */
@ApplicationScoped
public class PortalAppointments {

  /** How far ahead the portal offers times. */
  public static final Duration BOOKING_HORIZON = Duration.ofDays(60);

  private EntityManager em;
  private AuditLog audit;
  private ContactNetwork network;
  private ClientRecords clients;
  private Availability availability;
  private ServiceTypes serviceTypes;
  private Locations locations;
  private StaffDirectory staff;
  private AppointmentNotices notices;
  private IntakeOnFile intake;
  private Clock clock;

  protected PortalAppointments() {}

  /** Tests pass their clock and which clients have their intake on file. */
  @Inject
  public PortalAppointments(
      EntityManager em,
      AuditLog audit,
      ContactNetwork network,
      ClientRecords clients,
      Availability availability,
      ServiceTypes serviceTypes,
      Locations locations,
      StaffDirectory staff,
      AppointmentNotices notices,
      IntakeOnFile intake,
      Clock clock) {
    this.intake = intake;
    this.em = em;
    this.audit = audit;
    this.network = network;
    this.clients = clients;
    this.availability = availability;
    this.serviceTypes = serviceTypes;
    this.locations = locations;
    this.staff = staff;
    this.notices = notices;
    this.clock = clock;
  }

  /** The client's appointments and what the portal lets the caller do about them. */
  @Transactional(readOnly = true)
  public PortalSchedule schedule(Caller caller, UUID clientId) {
    ClientProfile profile = requireAccess(caller, clientId);
    ClientIdentity client = clients.getIdentity(clientId);
    PortalSettingsView settings = new CurrentPortalSettings(em).get();
    Optional<StaffProfile> clinician = clinicianOf(client);
    Instant now = clock.instant();
    Map<UUID, LocationChoice> places = places();
    Map<UUID, String> services = serviceNames();
    // A client sees one or two clinicians: their names are looked up once for the whole list.
    Map<UUID, String> clinicianNames = new HashMap<>();
    List<PortalAppointment> upcoming = new ArrayList<>();
    List<PortalAppointment> past = new ArrayList<>();
    List<Appointment> all =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE "
                    + Appointments.ofClient("client")
                    + " ORDER BY a.startsAt",
                Appointment.class)
            .setParameter("client", clientId)
            .getResultList();
    for (Appointment appointment : all) {
      PortalAppointment seen = seen(appointment, places, services, clinicianNames, settings, now);
      if (appointment.endsAt().isAfter(now) && appointment.status().holdsTime()) {
        upcoming.add(seen);
      } else {
        past.add(0, seen);
      }
    }
    return new PortalSchedule(
        profile.displayName(),
        clinician.map(StaffProfile::displayName).orElse(""),
        bookingWord(settings.selfScheduling()),
        clinician.isPresent()
            ? intakeMissing(client) ? INTAKE_FIRST : ""
            : "You do not have a clinician at the practice yet.",
        settings.cancellationWindowHours(),
        zoneOf(client).getId(),
        settings.selfScheduling() == SelfScheduling.OFF
            ? List.of()
            : BookingRulesService.bookableOnline(em, serviceTypes),
        upcoming,
        past);
  }

  /** What the portal says when the practice wants the intake packet before the first booking. */
  public static final String INTAKE_FIRST =
      "Please fill in and submit your intake forms before booking your first appointment.";

  /** The practice's zone, in which staff read every time. */
  public ZoneId practiceZone() {
    return availability.practiceZone();
  }

  // The methods below are public for the waiting list: it calls them through this bean's CDI
  // proxy, and a proxy forwards only public methods to the real instance (a package-private call
  // would run on the proxy's own, empty fields).

  /** The zone the client reads times in: their own, or else the practice's. */
  public ZoneId zoneOf(ClientIdentity client) {
    return client.timeZone().orElseGet(availability::zone);
  }

  /**
   * Whether the practice's rule holds this client back: it wants the intake packet before the first
   * booking, the client has never had an appointment that held time, and no packet of theirs is
   * submitted.
   */
  private boolean intakeMissing(ClientIdentity client) {
    if (!BookingRulesService.stored(em).intakeBeforeFirstBooking()) {
      return false;
    }
    boolean hadOne =
        !em.createQuery(
                "SELECT a.id FROM Appointment a WHERE "
                    + Appointments.ofClient("client")
                    + " AND a.status IN :had",
                UUID.class)
            .setParameter("client", client.id())
            .setParameter(
                "had",
                List.of(
                    AppointmentStatus.REQUESTED,
                    AppointmentStatus.BOOKED,
                    AppointmentStatus.ATTENDED,
                    AppointmentStatus.NO_SHOW,
                    AppointmentStatus.LATE_CANCELLED))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    return !hadOne && !intake.packetSubmitted(client.id());
  }

  /** Times the client's clinician is free for the service, from {@code from} for a week. */
  @Transactional(readOnly = true)
  public List<SlotView> slots(Caller caller, UUID clientId, UUID serviceTypeId, Instant from) {
    requireAccess(caller, clientId);
    StaffProfile clinician = requireMayBook(clients.getIdentity(clientId));
    ServiceTypeChoice service = offered(serviceTypeId);
    Instant now = clock.instant();
    Instant start = from == null || from.isBefore(now) ? now : from;
    Instant end = start.plus(Duration.ofDays(7));
    Instant horizon = now.plus(BOOKING_HORIZON);
    if (!start.isBefore(horizon)) {
      return List.of();
    }
    return availability.openSlots(
        clinician.id(), start, end.isAfter(horizon) ? horizon : end, service);
  }

  /**
   * Books the slot (or asks for it, when the practice confirms requests); refused with a clear
   * conflict when the time is no longer free, also when another booking took it a moment ago.
   */
  @Transactional
  public PortalAppointment book(
      Caller caller, UUID clientId, UUID serviceTypeId, Instant startsAt) {
    ClientProfile profile = requireAccess(caller, clientId);
    ClientIdentity client = clients.getIdentity(clientId);
    StaffProfile clinician = requireMayBook(client);
    ServiceTypeChoice service = offered(serviceTypeId);
    if (startsAt == null) {
      throw invalid("startsAt", "Choose a time");
    }
    Duration length = Duration.ofMinutes(service.durationMinutes());
    SlotView slot =
        availability.openSlots(clinician.id(), startsAt, startsAt.plus(length), service).stream()
            .filter(open -> open.startsAt().equals(startsAt))
            .findFirst()
            .orElseThrow(PortalAppointments::taken);
    return place(
        caller,
        profile,
        clientId,
        clinician,
        service,
        slot.locationId(),
        slot.locationName(),
        startsAt);
  }

  /**
   * Books a time the waiting list offered: the same checks and the same write as {@link #book}, but
   * the time is the one a cancellation freed (which may lie outside the clinician's weekly hours,
   * if staff had booked it there), so it is not looked up among the open slots. The exclusion
   * constraint still decides: of two clients claiming at once, one gets it.
   */
  @Transactional
  public PortalAppointment bookOffered(
      Caller caller,
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      UUID locationId,
      Instant startsAt) {
    ClientProfile profile = requireAccess(caller, clientId);
    ClientIdentity client = clients.getIdentity(clientId);
    StaffProfile clinician = requireMayBook(client);
    if (!clinician.id().equals(clinicianId)) {
      throw new Conflict(
          "This time was offered with a clinician who is no longer yours, so it cannot be"
              + " claimed.");
    }
    ServiceTypeChoice service = offered(serviceTypeId);
    String place =
        Optional.ofNullable(locationId).map(places()::get).map(LocationChoice::name).orElse("");
    return place(caller, profile, clientId, clinician, service, locationId, place, startsAt);
  }

  private PortalAppointment place(
      Caller caller,
      ClientProfile profile,
      UUID clientId,
      StaffProfile clinician,
      ServiceTypeChoice service,
      UUID locationId,
      String locationName,
      Instant startsAt) {
    Duration length = Duration.ofMinutes(service.durationMinutes());
    PortalSettingsView settings = new CurrentPortalSettings(em).get();
    boolean request = settings.selfScheduling() == SelfScheduling.REQUEST;
    Appointment appointment =
        Appointment.bookedInPortal(
            request,
            clientId,
            clinician.id(),
            service.id(),
            locationId,
            startsAt,
            length,
            caller.email(),
            clock.instant());
    em.persist(appointment);
    try {
      TimeHolds.write(em, List.of(appointment));
    } catch (ClinicianBusy | RoomTaken e) {
      throw taken();
    }
    record(
        caller,
        profile,
        appointment,
        request ? AuditAction.APPOINTMENT_REQUESTED : AuditAction.APPOINTMENT_BOOKED,
        request ? "requested in the portal" : "booked in the portal");
    notices.tellClient(
        appointment,
        request ? AppointmentNoticeDue.What.REQUEST_RECEIVED : AppointmentNoticeDue.What.BOOKED,
        locationName);
    if (request) {
      notices.tellClinician(appointment, AppointmentNoticeDue.What.REQUEST_FOR_STAFF, locationName);
    }
    return seen(appointment, places(), serviceNames(), new HashMap<>(), settings, clock.instant());
  }

  /**
   * Cancels an appointment still to come. Inside the practice's cancellation window it is recorded
   * as a late cancellation, and only once the caller has been told a fee may apply ({@code
   * acceptLateFee}); a request not yet confirmed is never late.
   */
  @Transactional
  public PortalAppointment cancel(
      Caller caller, UUID clientId, UUID appointmentId, boolean acceptLateFee) {
    ClientProfile profile = requireAccess(caller, clientId);
    Appointment appointment = own(clientId, appointmentId);
    Instant now = clock.instant();
    if (!appointment.status().holdsTime()) {
      throw new Conflict(
          "This appointment is already " + appointment.status().label().toLowerCase() + ".");
    }
    if (!appointment.startsAt().isAfter(now)) {
      throw new Refused("This appointment has already started; please contact the practice.");
    }
    PortalSettingsView settings = new CurrentPortalSettings(em).get();
    boolean late = isLate(appointment, settings, now);
    if (late && !acceptLateFee) {
      throw new Conflict(lateNotice(settings.cancellationWindowHours()));
    }
    appointment.mark(
        late ? AppointmentStatus.LATE_CANCELLED : AppointmentStatus.CANCELLED, clock.instant());
    notices.statusChanged(appointment);
    String place = placeName(appointment);
    record(
        caller,
        profile,
        appointment,
        AuditAction.APPOINTMENT_STATUS_CHANGED,
        late ? "cancelled late in the portal" : "cancelled in the portal");
    notices.tellClient(appointment, AppointmentNoticeDue.What.CANCELLED, place);
    notices.tellClinician(appointment, AppointmentNoticeDue.What.CANCELLED_FOR_STAFF, place);
    return seen(appointment, places(), serviceNames(), new HashMap<>(), settings, now);
  }

  /** What the portal says before a cancellation inside the window. */
  public static String lateNotice(int windowHours) {
    return "This appointment starts in less than "
        + windowHours
        + " hours. Cancelling now is a late cancellation, and the practice may charge a"
        + " late-cancellation fee.";
  }

  public ClientProfile requireAccess(Caller caller, UUID clientId) {
    if (caller.kind() != Caller.Kind.PORTAL || clientId == null) {
      throw new NotFound(Appointments.APPOINTMENT);
    }
    return network.getProfile(caller, clientId, ContactPermission.APPOINTMENTS);
  }

  public StaffProfile requireMayBook(ClientIdentity client) {
    PortalSettingsView settings = new CurrentPortalSettings(em).get();
    if (settings.selfScheduling() == SelfScheduling.OFF) {
      throw new Refused(
          "The practice does not take bookings in the portal. Please contact the practice to"
              + " make an appointment.");
    }
    StaffProfile clinician =
        clinicianOf(client)
            .orElseThrow(
                () ->
                    new Refused(
                        "You do not have a clinician at the practice yet, so the portal cannot"
                            + " book for you. Please contact the practice."));
    if (intakeMissing(client)) {
      throw new Refused(INTAKE_FIRST + " You find them on your portal's home page.");
    }
    return clinician;
  }

  private Optional<StaffProfile> clinicianOf(ClientIdentity client) {
    return Optional.ofNullable(client.clinicianId())
        .flatMap(staff::findProfile)
        .filter(StaffProfile::canHoldClients);
  }

  /**
   * A service the practice offers for booking in the portal; one it books only itself is refused
   * with words saying so, on the field.
   */
  public ServiceTypeChoice offered(UUID serviceTypeId) {
    return BookingRulesService.bookableOnline(em, serviceTypes).stream()
        .filter(choice -> choice.id().equals(serviceTypeId))
        .findFirst()
        .orElseThrow(
            () ->
                serviceTypes.listChoicesForClients().stream()
                        .anyMatch(choice -> choice.id().equals(serviceTypeId))
                    ? invalid(
                        "serviceType",
                        "This service cannot be booked online. Please contact the practice to"
                            + " book it.")
                    : invalid("serviceType", "Choose one of the services offered"));
  }

  private Appointment own(UUID clientId, UUID appointmentId) {
    Appointment appointment =
        appointmentId == null ? null : em.find(Appointment.class, appointmentId);
    if (appointment == null || !Appointments.takesPart(em, appointment, clientId)) {
      throw new NotFound(Appointments.APPOINTMENT);
    }
    return appointment;
  }

  private static boolean isLate(Appointment appointment, PortalSettingsView settings, Instant now) {
    return appointment.status() == AppointmentStatus.BOOKED
        && now.isAfter(
            appointment.startsAt().minus(Duration.ofHours(settings.cancellationWindowHours())));
  }

  private PortalAppointment seen(
      Appointment appointment,
      Map<UUID, LocationChoice> places,
      Map<UUID, String> services,
      Map<UUID, String> clinicianNames,
      PortalSettingsView settings,
      Instant now) {
    Optional<LocationChoice> place = appointment.locationId().map(places::get);
    boolean telehealth = place.map(LocationChoice::telehealth).orElse(false);
    boolean coming = appointment.status().holdsTime() && appointment.endsAt().isAfter(now);
    String video =
        telehealth && coming ? availability.videoLink(appointment.clinicianId()).orElse("") : "";
    return new PortalAppointment(
        appointment.id(),
        services.getOrDefault(appointment.serviceTypeId(), "Appointment"),
        clinicianNames.computeIfAbsent(
            appointment.clinicianId(),
            id -> staff.findProfile(id).map(StaffProfile::displayName).orElse("")),
        appointment.startsAt(),
        appointment.endsAt(),
        appointment.status().label(),
        place.map(LocationChoice::name).orElse(""),
        telehealth,
        video,
        coming && appointment.startsAt().isAfter(now),
        coming && isLate(appointment, settings, now));
  }

  public Map<UUID, LocationChoice> places() {
    return locations.listChoicesForClients().stream()
        .collect(Collectors.toMap(LocationChoice::id, choice -> choice));
  }

  public Map<UUID, String> serviceNames() {
    return serviceTypes.listChoicesForClients().stream()
        .collect(Collectors.toMap(ServiceTypeChoice::id, ServiceTypeChoice::name));
  }

  private String placeName(Appointment appointment) {
    return appointment.locationId().map(places()::get).map(LocationChoice::name).orElse("");
  }

  private void record(
      Caller caller,
      ClientProfile profile,
      Appointment appointment,
      AuditAction action,
      String what) {
    AuditRecord entry =
        AuditRecord.success(caller.email(), action).about(Appointments.about(appointment, what));
    audit.record(
        profile.relationship() == Relationship.SELF
            ? entry
            : entry.onBehalfOf("client " + appointment.clientId()));
  }

  private static String bookingWord(SelfScheduling scheduling) {
    return switch (scheduling) {
      case OFF -> "off";
      case REQUEST -> "request";
      case INSTANT -> "instant";
    };
  }

  private static Conflict taken() {
    return new Conflict("That time is no longer free. Please choose another time.");
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
