package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentClient;
import org.foyer.appointments.entity.AppointmentSeries;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.Room;
import org.foyer.appointments.entity.SeriesClashes;
import org.foyer.appointments.entity.TimeHolds;
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
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.validation.Inputs;

/**
 * The practice's appointments, for staff. Holders of "Schedule appointments for any clinician" book
 * and change anyone's; a clinician books and changes their own. Every staff member may read the
 * schedule. A clinician's time is held by PostgreSQL's exclusion constraint, so of two requests
 * racing for overlapping times exactly one is booked and the other is told the clinician is busy.
 */
@ApplicationScoped
public class Appointments {

  public static final String APPOINTMENT = "That appointment";
  static final Duration LONGEST_RANGE = Duration.ofDays(62);
  private static final DateTimeFormatter CLASH_DATE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

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

  /**
   * Books an appointment for the service type's length; refused when the clinician or the room is
   * busy. With a recurrence, books the whole series and answers its first occurrence.
   */
  @Transactional
  public AppointmentView book(Caller caller, AppointmentRequest request) {
    return bookAll(caller, request).get(0);
  }

  /**
   * Books an appointment, or every occurrence of a recurring one, in one unit of work. When any
   * occurrence would clash with the clinician's or the room's other appointments, nothing is booked
   * and the refusal names every clashing date, so staff can pick another time or shorten the
   * series: a series with silent holes would be discovered by the client, not by staff.
   */
  @Transactional
  public List<AppointmentView> bookAll(Caller caller, AppointmentRequest request) {
    AppointmentAccess.requireStaff(caller);
    inputs.check(request, "The appointment could not be booked", Map.of());
    requireScheduler(caller, request.clinicianId());
    List<UUID> clientIds = new ArrayList<>();
    clientIds.add(request.clientId());
    request.clients().stream().filter(id -> !clientIds.contains(id)).forEach(clientIds::add);
    clients
        .findIdentity(request.clientId())
        .orElseThrow(() -> invalid("clientId", "Choose a client of the practice"));
    for (UUID id : clientIds.subList(1, clientIds.size())) {
      if (id == null || clients.findIdentity(id).isEmpty()) {
        throw invalid("clients", "Choose clients of the practice for every participant");
      }
    }
    requireClinician(request.clinicianId());
    ServiceTypeChoice service = activeService(caller, request.serviceTypeId());
    requireLocation(caller, request.locationId());
    requireRoom(request.locationId(), request.roomId());
    Duration length = Duration.ofMinutes(service.durationMinutes());
    AppointmentSeries series = null;
    List<Instant> starts = List.of(request.startsAt());
    if (request.recurrence() != null) {
      ZoneId zone = practiceZone();
      series =
          new AppointmentSeries(
              request.recurrence().everyWeeks(), zone, caller.email(), clock.instant());
      starts =
          AppointmentSeries.starts(
              request.startsAt(),
              zone,
              request.recurrence().everyWeeks(),
              request.recurrence().count(),
              request.recurrence().until());
      refuseClashes(starts, length, request.clinicianId(), request.roomId(), zone);
      em.persist(series);
      // Written first: EclipseLink orders inserts by mapped relationships, and the ids here are
      // not.
      em.flush();
    }
    List<Appointment> booked = new ArrayList<>();
    for (Instant start : starts) {
      Appointment appointment =
          new Appointment(
              clientIds.get(0),
              request.clinicianId(),
              service.id(),
              request.locationId(),
              start,
              length,
              request.staffNotes(),
              caller.email(),
              clock.instant());
      appointment.takeRoom(request.roomId());
      appointment.belongTo(series);
      em.persist(appointment);
      booked.add(appointment);
    }
    TimeHolds.write(em, booked);
    for (Appointment appointment : booked) {
      for (UUID further : clientIds.subList(1, clientIds.size())) {
        em.persist(new AppointmentClient(appointment.id(), further));
      }
    }
    em.flush();
    for (Appointment appointment : booked) {
      record(caller, appointment, AuditAction.APPOINTMENT_BOOKED, "booked");
    }
    return view(caller, booked);
  }

  /**
   * Names the dates on which a series would clash. The exclusion constraints still decide at the
   * write (a racing booking gets the plain busy answer); this only says which dates to change.
   */
  private void refuseClashes(
      List<Instant> starts, Duration length, UUID clinicianId, UUID roomId, ZoneId zone) {
    List<String> clashes = new ArrayList<>();
    for (Instant start : starts) {
      TypedQuery<Long> query =
          em.createQuery(
                  "SELECT COUNT(a) FROM Appointment a WHERE a.status IN :holding"
                      + " AND a.startsAt < :end AND a.endsAt > :start"
                      + (roomId == null
                          ? " AND a.clinicianId = :clinician"
                          : " AND (a.clinicianId = :clinician OR a.roomId = :room)"),
                  Long.class)
              .setParameter("holding", AppointmentStatus.holdingTime())
              .setParameter("start", start)
              .setParameter("end", start.plus(length))
              .setParameter("clinician", clinicianId);
      if (roomId != null) {
        query.setParameter("room", roomId);
      }
      if (query.getSingleResult() > 0) {
        clashes.add(CLASH_DATE.format(start.atZone(zone)));
      }
    }
    if (!clashes.isEmpty()) {
      throw new SeriesClashes(clashes);
    }
  }

  /** Moves an appointment to another start, keeping its length. */
  @Transactional
  public AppointmentView move(Caller caller, UUID id, Instant newStart) {
    AppointmentAccess.requireStaff(caller);
    if (newStart == null) {
      throw invalid("startsAt", "Say when the appointment starts");
    }
    return change(caller, id, a -> a.moveTo(newStart), AuditAction.APPOINTMENT_MOVED, "moved");
  }

  /** Records what became of an appointment: booked, cancelled, attended, a no-show... */
  @Transactional
  public AppointmentView mark(Caller caller, UUID id, AppointmentStatus status) {
    AppointmentAccess.requireStaff(caller);
    if (status == null) {
      throw invalid("status", "Say what became of the appointment");
    }
    Appointment appointment = find(caller, id);
    AppointmentStatus before = appointment.status();
    AppointmentView changed =
        change(
            caller,
            id,
            a -> a.mark(status, clock.instant()),
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

  /** Which occurrences of a recurring appointment a change applies to. */
  public enum Scope {
    /** The one appointment; the rest of its series stays as it was. */
    OCCURRENCE,
    /** The appointment and the later occurrences of its series that still hold time. */
    FOLLOWING
  }

  /**
   * Moves or re-marks an appointment and, for {@link Scope#FOLLOWING}, every later occurrence of
   * its series still holding time: a move shifts each by the same wall-clock difference, so a
   * series moved from 10:00 to 11:00 stays at 11:00 on both sides of a daylight saving change.
   */
  @Transactional
  public List<AppointmentView> change(
      Caller caller, UUID id, Instant newStart, AppointmentStatus status, Scope scope) {
    if (scope == null || scope == Scope.OCCURRENCE) {
      return List.of(change(caller, id, newStart, status));
    }
    if (newStart == null && status == null) {
      throw invalid("startsAt", "Send a new startsAt, a new status, or both");
    }
    Appointment first = find(caller, id);
    requireScheduler(caller, first.clinicianId());
    List<Appointment> affected = new ArrayList<>();
    affected.add(first);
    first
        .seriesId()
        .ifPresent(
            series ->
                affected.addAll(
                    em.createQuery(
                            "SELECT a FROM Appointment a WHERE a.seriesId = :series"
                                + " AND a.startsAt > :from AND a.status IN :holding"
                                + " ORDER BY a.startsAt",
                            Appointment.class)
                        .setParameter("series", series)
                        .setParameter("from", first.startsAt())
                        .setParameter("holding", AppointmentStatus.holdingTime())
                        .getResultList()));
    if (newStart != null) {
      ZoneId zone = practiceZone();
      LocalDateTime from = LocalDateTime.ofInstant(first.startsAt(), zone);
      LocalDateTime to = LocalDateTime.ofInstant(newStart, zone);
      long days = java.time.temporal.ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate());
      Duration clock = Duration.between(from.toLocalTime(), to.toLocalTime());
      for (Appointment a : affected) {
        LocalDateTime local = LocalDateTime.ofInstant(a.startsAt(), zone);
        a.moveTo(local.plusDays(days).plus(clock).atZone(zone).toInstant());
      }
      TimeHolds.write(em, affected);
      affected.forEach(a -> record(caller, a, AuditAction.APPOINTMENT_MOVED, "moved with series"));
    }
    if (status != null) {
      for (Appointment a : affected) {
        AppointmentStatus before = a.status();
        a.mark(status, clock.instant());
        TimeHolds.write(em, List.of(a));
        notices.statusChanged(a);
        record(
            caller,
            a,
            AuditAction.APPOINTMENT_STATUS_CHANGED,
            "marked " + status.name().toLowerCase() + " with series");
        tellClientOf(caller, a, before);
      }
    }
    return view(caller, affected);
  }

  /** The occurrences of a series, by start. */
  @Transactional(readOnly = true)
  public List<AppointmentView> listSeries(Caller caller, UUID seriesId) {
    AppointmentAccess.requireStaff(caller);
    List<Appointment> found =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.seriesId = :series ORDER BY a.startsAt",
                Appointment.class)
            .setParameter("series", seriesId)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFound("That series");
    }
    return view(caller, found);
  }

  /** A change by the clinician or a scheduler, written at once so a clash is refused here. */
  private AppointmentView change(
      Caller caller, UUID id, Consumer<Appointment> what, AuditAction action, String done) {
    Appointment appointment = find(caller, id);
    requireScheduler(caller, appointment.clinicianId());
    what.accept(appointment);
    TimeHolds.write(em, List.of(appointment));
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
    AppointmentAccess.requireStaff(caller);
    if (from == null || to == null || !to.isAfter(from)) {
      throw invalid("to", "Give a range whose end comes after its start");
    }
    if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
      throw invalid("to", "Ask for at most 62 days at a time");
    }
    TypedQuery<Appointment> query =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.startsAt < :to AND a.endsAt > :from"
                    // No appointment is longer than Appointment.LONGEST: bounding the start on
                    // both sides lets the index skip the practice's whole past.
                    + " AND a.startsAt > :earliest"
                    + (clinicianId == null ? "" : " AND a.clinicianId = :clinician")
                    + " ORDER BY a.startsAt, a.id",
                Appointment.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("earliest", from.minus(Appointment.LONGEST));
    if (clinicianId != null) {
      query.setParameter("clinician", clinicianId);
    }
    List<Appointment> found = query.getResultList();
    return view(caller, found);
  }

  /** Requests from the portal still to confirm or decline, soonest first. */
  @Transactional(readOnly = true)
  public List<AppointmentView> listRequests(Caller caller, UUID clinicianId) {
    AppointmentAccess.requireStaff(caller);
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
    AppointmentAccess.requireStaff(caller);
    clients.getIdentity(clientId);
    List<Appointment> found =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE "
                    + ofClient("client")
                    + " ORDER BY a.startsAt DESC, a.id",
                Appointment.class)
            .setParameter("client", clientId)
            .getResultList();
    return view(caller, found);
  }

  private Appointment find(Caller caller, UUID id) {
    AppointmentAccess.requireStaff(caller);
    return Optional.ofNullable(id == null ? null : em.find(Appointment.class, id))
        .orElseThrow(() -> new NotFound(APPOINTMENT));
  }

  /**
   * The JPQL condition on {@code a} for the appointments a client takes part in: as the first
   * client or as a further client of a couple or family session. Every read by client uses it, so a
   * participant sees the appointment in the portal and in their feed and nobody else does.
   */
  static String ofClient(String parameter) {
    return "(a.clientId = :"
        + parameter
        + " OR a.id IN (SELECT p.appointmentId FROM AppointmentClient p WHERE p.clientId = :"
        + parameter
        + "))";
  }

  /** Whether the client takes part in the appointment (see {@link #ofClient}). */
  static boolean takesPart(EntityManager em, Appointment appointment, UUID clientId) {
    return appointment.clientId().equals(clientId)
        || !em.createQuery(
                "SELECT p FROM AppointmentClient p WHERE p.appointmentId = :a AND p.clientId = :c",
                AppointmentClient.class)
            .setParameter("a", appointment.id())
            .setParameter("c", clientId)
            .getResultList()
            .isEmpty();
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

  private void requireRoom(UUID locationId, UUID roomId) {
    if (roomId == null) {
      return;
    }
    Room room = em.find(Room.class, roomId);
    if (room == null || room.archived() || !room.locationId().equals(locationId)) {
      throw invalid("roomId", "Choose a room of the appointment's location");
    }
  }

  private ZoneId practiceZone() {
    return em.find(Practice.class, Tenancy.require().value()).timeZone();
  }

  private void record(Caller caller, Appointment appointment, AuditAction action, String what) {
    audit.record(AuditRecord.success(caller.email(), action).about(about(appointment, what)));
  }

  /** What an audit entry says an appointment change was about, for staff and portal alike. */
  static String about(Appointment appointment, String what) {
    return "client " + appointment.clientId() + " appointment " + appointment.id() + " " + what;
  }

  /**
   * Views of a whole list with a fixed number of queries, however long the list: the further
   * clients of every appointment in one query, all names in one query per kind.
   */
  private List<AppointmentView> view(Caller caller, List<Appointment> appointments) {
    Map<UUID, List<UUID>> further = new HashMap<>();
    if (!appointments.isEmpty()) {
      Set<UUID> ids = new HashSet<>();
      appointments.forEach(a -> ids.add(a.id()));
      for (List<UUID> chunk : chunks(new ArrayList<>(ids))) {
        em.createQuery(
                "SELECT p FROM AppointmentClient p WHERE p.appointmentId IN :ids ORDER BY p.id",
                AppointmentClient.class)
            .setParameter("ids", chunk)
            .getResultList()
            .forEach(
                p ->
                    further
                        .computeIfAbsent(p.appointmentId(), k -> new ArrayList<>())
                        .add(p.clientId()));
      }
    }
    Set<UUID> clientIds = new HashSet<>();
    appointments.forEach(a -> clientIds.add(a.clientId()));
    further.values().forEach(clientIds::addAll);
    Map<UUID, ClientIdentity> clientsById = clients.findIdentities(clientIds);
    Map<UUID, String> services =
        serviceTypes.listChoices(caller).stream()
            .collect(Collectors.toMap(ServiceTypeChoice::id, ServiceTypeChoice::name));
    Map<UUID, String> clinicians =
        staff.listClinicians().stream()
            .collect(Collectors.toMap(StaffProfile::id, StaffProfile::displayName));
    Map<UUID, String> rooms = new HashMap<>();
    if (appointments.stream().anyMatch(a -> a.roomId().isPresent())) {
      em.createQuery("SELECT r FROM Room r", Room.class)
          .getResultList()
          .forEach(r -> rooms.put(r.id(), r.name()));
    }
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

          @Override
          public String room(UUID id) {
            return rooms.getOrDefault(id, "");
          }
        };
    return appointments.stream()
        .map(
            a -> {
              List<UUID> all = new ArrayList<>();
              all.add(a.clientId());
              all.addAll(further.getOrDefault(a.id(), List.of()));
              return AppointmentView.of(a, all, names);
            })
        .toList();
  }

  /** PostgreSQL takes at most 32767 bind parameters; a month of a big practice stays far below. */
  private static List<List<UUID>> chunks(List<UUID> ids) {
    List<List<UUID>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 10_000) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 10_000)));
    }
    return chunks;
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
