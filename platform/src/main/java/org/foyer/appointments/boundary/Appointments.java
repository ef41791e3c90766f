package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.ClinicianBusy;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;

/**
 * The practice's appointments, for staff. Holders of "Schedule appointments for any clinician" book
 * and change anyone's; a clinician books and changes their own. Every staff member may read the
 * schedule. A clinician's time is held by PostgreSQL's exclusion constraint, so of two requests
 * racing for overlapping times exactly one is booked and the other is told the clinician is busy.
 */
@ApplicationScoped
public class Appointments {

  static final String APPOINTMENT = "That appointment";
  static final Duration LONGEST_RANGE = Duration.ofDays(62);

  private EntityManager em;
  private AuditLog audit;
  private Inputs inputs;
  private ClientRecords clients;
  private StaffDirectory staff;
  private ServiceTypes serviceTypes;
  private Locations locations;
  private AppointmentNotices notices;
  private Clock clock;

  protected Appointments() {}

  @Inject
  public Appointments(
      EntityManager em,
      AuditLog audit,
      Inputs inputs,
      ClientRecords clients,
      StaffDirectory staff,
      ServiceTypes serviceTypes,
      Locations locations,
      AppointmentNotices notices) {
    this(em, audit, inputs, clients, staff, serviceTypes, locations, notices, Clock.systemUTC());
  }

  public Appointments(
      EntityManager em,
      AuditLog audit,
      Inputs inputs,
      ClientRecords clients,
      StaffDirectory staff,
      ServiceTypes serviceTypes,
      Locations locations,
      AppointmentNotices notices,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.inputs = inputs;
    this.clients = clients;
    this.staff = staff;
    this.serviceTypes = serviceTypes;
    this.locations = locations;
    this.notices = notices;
    this.clock = clock;
  }

  /** Books an appointment for the service type's length; refused when the clinician is busy. */
  @Transactional
  public AppointmentView book(Caller caller, AppointmentRequest request) {
    requireStaff(caller);
    inputs.check(request, "The appointment could not be booked", Map.of());
    requireScheduler(caller, request.clinicianId());
    ClientIdentity client =
        clients
            .findIdentity(request.clientId())
            .orElseThrow(() -> invalid("clientId", "Choose a client of the practice"));
    requireClinician(request.clinicianId());
    ServiceTypeChoice service = activeService(caller, request.serviceTypeId());
    requireLocation(caller, request.locationId());
    Appointment appointment =
        new Appointment(
            client.id(),
            request.clinicianId(),
            service.id(),
            request.locationId(),
            request.startsAt(),
            Duration.ofMinutes(service.durationMinutes()),
            request.staffNotes(),
            caller.email(),
            clock.instant());
    em.persist(appointment);
    holdTime();
    record(caller, appointment, AuditAction.APPOINTMENT_BOOKED, "booked");
    return view(caller, List.of(appointment)).get(0);
  }

  /** Moves an appointment to another start, keeping its length. */
  @Transactional
  public AppointmentView move(Caller caller, UUID id, Instant newStart) {
    requireStaff(caller);
    if (newStart == null) {
      throw invalid("startsAt", "Say when the appointment starts");
    }
    return change(caller, id, a -> a.moveTo(newStart), AuditAction.APPOINTMENT_MOVED, "moved");
  }

  /** Records what became of an appointment: booked, cancelled, attended, a no-show... */
  @Transactional
  public AppointmentView mark(Caller caller, UUID id, AppointmentStatus status) {
    requireStaff(caller);
    if (status == null) {
      throw invalid("status", "Say what became of the appointment");
    }
    Appointment appointment = find(caller, id);
    AppointmentStatus before = appointment.status();
    AppointmentView changed =
        change(
            caller,
            id,
            a -> a.mark(status),
            AuditAction.APPOINTMENT_STATUS_CHANGED,
            "marked " + status.name().toLowerCase());
    notices.statusChanged(appointment);
    tellClientOf(caller, appointment, before);
    return changed;
  }

  /**
   * The client hears that a request was confirmed or declined, or that the practice cancelled; what
   * became of an appointment that took place (attended, no-show) is no news to them.
   */
  private void tellClientOf(Caller caller, Appointment appointment, AppointmentStatus before) {
    boolean wasRequest = before == AppointmentStatus.REQUESTED;
    AppointmentNoticeDue.What what =
        switch (appointment.status()) {
          case BOOKED -> wasRequest ? AppointmentNoticeDue.What.CONFIRMED : null;
          case CANCELLED, LATE_CANCELLED ->
              wasRequest ? AppointmentNoticeDue.What.DECLINED : AppointmentNoticeDue.What.CANCELLED;
          default -> null;
        };
    if (what != null) {
      String place =
          appointment
              .locationId()
              .flatMap(
                  location ->
                      locations.listChoices(caller).stream()
                          .filter(choice -> choice.id().equals(location))
                          .findFirst())
              .map(LocationChoice::name)
              .orElse("");
      notices.tellClient(appointment, what, place);
    }
  }

  /** Moves and re-marks in one unit of work, so a refused move leaves the status as it was. */
  @Transactional
  public AppointmentView change(
      Caller caller, UUID id, Instant newStart, AppointmentStatus status) {
    if (newStart == null && status == null) {
      throw invalid("startsAt", "Send a new startsAt, a new status, or both");
    }
    AppointmentView changed = newStart == null ? null : move(caller, id, newStart);
    return status == null ? changed : mark(caller, id, status);
  }

  /** A change by the clinician or a scheduler, written at once so a clash is refused here. */
  private AppointmentView change(
      Caller caller, UUID id, Consumer<Appointment> what, AuditAction action, String done) {
    Appointment appointment = find(caller, id);
    requireScheduler(caller, appointment.clinicianId());
    what.accept(appointment);
    holdTime();
    record(caller, appointment, action, done);
    return view(caller, List.of(appointment)).get(0);
  }

  @Transactional(readOnly = true)
  public AppointmentView get(Caller caller, UUID id) {
    return view(caller, List.of(find(caller, id))).get(0);
  }

  /**
   * The schedule between two instants (at most about two months), by start; one clinician's when
   * {@code clinicianId} is given.
   */
  @Transactional(readOnly = true)
  public List<AppointmentView> list(Caller caller, Instant from, Instant to, UUID clinicianId) {
    requireStaff(caller);
    if (from == null || to == null || !to.isAfter(from)) {
      throw invalid("to", "Give a range whose end comes after its start");
    }
    if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
      throw invalid("to", "Ask for at most 62 days at a time");
    }
    TypedQuery<Appointment> query =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.startsAt < :to AND a.endsAt > :from"
                    + (clinicianId == null ? "" : " AND a.clinicianId = :clinician")
                    + " ORDER BY a.startsAt, a.id",
                Appointment.class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (clinicianId != null) {
      query.setParameter("clinician", clinicianId);
    }
    List<Appointment> found = query.getResultList();
    return view(caller, found);
  }

  /** Requests from the portal still to confirm or decline, soonest first. */
  @Transactional(readOnly = true)
  public List<AppointmentView> listRequests(Caller caller, UUID clinicianId) {
    requireStaff(caller);
    TypedQuery<Appointment> query =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.status = :requested AND a.endsAt > :now"
                    + (clinicianId == null ? "" : " AND a.clinicianId = :clinician")
                    + " ORDER BY a.startsAt, a.id",
                Appointment.class)
            .setParameter("requested", AppointmentStatus.REQUESTED)
            .setParameter("now", clock.instant());
    if (clinicianId != null) {
      query.setParameter("clinician", clinicianId);
    }
    return view(caller, query.getResultList());
  }

  /** A client's appointments, latest first; not found for another practice's client. */
  @Transactional(readOnly = true)
  public List<AppointmentView> listForClient(Caller caller, UUID clientId) {
    requireStaff(caller);
    clients.getIdentity(clientId);
    List<Appointment> found =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.clientId = :client"
                    + " ORDER BY a.startsAt DESC, a.id",
                Appointment.class)
            .setParameter("client", clientId)
            .getResultList();
    return view(caller, found);
  }

  /**
   * Writes now, so an overlap is refused here, by the database's exclusion constraint, rather than
   * at commit where it could no longer be told apart from other failures.
   */
  private void holdTime() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (ClinicianBusy.explains(e)) {
        throw new ClinicianBusy();
      }
      throw e;
    }
  }

  private Appointment find(Caller caller, UUID id) {
    requireStaff(caller);
    return Optional.ofNullable(id == null ? null : em.find(Appointment.class, id))
        .orElseThrow(() -> new NotFound(APPOINTMENT));
  }

  static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(APPOINTMENT);
    }
  }

  static void requireScheduler(Caller caller, UUID clinicianId) {
    if (!caller.can(Capability.MANAGE_SCHEDULE) && !caller.accountId().equals(clinicianId)) {
      throw new Refused(
          "Only the clinician, or staff with the permission \""
              + Capability.MANAGE_SCHEDULE.label()
              + "\", may change this clinician's appointments");
    }
  }

  private void requireClinician(UUID clinicianId) {
    staff
        .findProfile(clinicianId)
        .filter(StaffProfile::canHoldClients)
        .orElseThrow(() -> invalid("clinicianId", "Choose one of the practice's clinicians"));
  }

  private ServiceTypeChoice activeService(Caller caller, UUID serviceTypeId) {
    return serviceTypes.listChoices(caller).stream()
        .filter(choice -> choice.id().equals(serviceTypeId))
        .findFirst()
        .orElseThrow(() -> invalid("serviceTypeId", "Choose one of the practice's service types"));
  }

  private void requireLocation(Caller caller, UUID locationId) {
    if (locationId != null
        && locations.listChoices(caller).stream()
            .map(LocationChoice::id)
            .noneMatch(locationId::equals)) {
      throw invalid("locationId", "Choose one of the practice's locations");
    }
  }

  private void record(Caller caller, Appointment appointment, AuditAction action, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action)
            .about(
                "client "
                    + appointment.clientId()
                    + " appointment "
                    + appointment.id()
                    + " "
                    + what));
  }

  private List<AppointmentView> view(Caller caller, List<Appointment> appointments) {
    Set<UUID> clientIds = new HashSet<>();
    appointments.forEach(a -> clientIds.add(a.clientId()));
    Map<UUID, ClientIdentity> clientsById = clients.findIdentities(clientIds);
    Map<UUID, String> services =
        serviceTypes.listChoices(caller).stream()
            .collect(Collectors.toMap(ServiceTypeChoice::id, ServiceTypeChoice::name));
    Map<UUID, String> clinicians =
        staff.listClinicians().stream()
            .collect(Collectors.toMap(StaffProfile::id, StaffProfile::displayName));
    AppointmentView.Names names =
        new AppointmentView.Names() {
          @Override
          public String client(UUID id) {
            return Optional.ofNullable(clientsById.get(id))
                .map(ClientIdentity::displayName)
                .orElse("A former client");
          }

          @Override
          public String clinician(UUID id) {
            return clinicians.computeIfAbsent(
                id, known -> staff.findProfile(known).map(StaffProfile::displayName).orElse(""));
          }

          @Override
          public String service(UUID id) {
            return services.getOrDefault(id, "An archived service");
          }
        };
    return appointments.stream().map(a -> AppointmentView.of(a, names)).toList();
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
