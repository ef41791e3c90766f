package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.availability.AvailabilityView;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.availability.TimeOffView;
import org.foyer.appointments.availability.entity.TimeOff;
import org.foyer.appointments.availability.entity.WeeklyHours;
import org.foyer.appointments.control.OpenSlots;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.entity.VideoRoom;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;

/**
 * Clinicians' availability and the open slots it leaves. Weekly hours are wall-clock blocks in the
 * practice's zone; every staff member may read them (to book), the clinician and holders of
 * "Schedule appointments for any clinician" change them. Open slots are the hours less the
 * appointments holding time and the time off, from a short notice onwards.
 */
@ApplicationScoped
public class Availability {

  static final String CLINICIAN = "That clinician";

  /** Nobody is offered a slot starting sooner than this: someone has to be ready for it. */
  public static final Duration NOTICE = Duration.ofHours(1);

  /** The widest range of slots asked for at once. */
  public static final Duration LONGEST_RANGE = Duration.ofDays(31);

  static final int MOST_BLOCKS = 42;

  private EntityManager em;
  private AuditLog audit;
  private StaffDirectory staff;
  private ServiceTypes serviceTypes;
  private Locations locations;
  private Clock clock;

  protected Availability() {}

  @Inject
  public Availability(
      EntityManager em,
      AuditLog audit,
      StaffDirectory staff,
      ServiceTypes serviceTypes,
      Locations locations,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.staff = staff;
    this.serviceTypes = serviceTypes;
    this.locations = locations;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public AvailabilityView get(Caller caller, UUID clinicianId) {
    AppointmentAccess.requireStaff(caller);
    return view(clinician(clinicianId));
  }

  /** Replaces the clinician's weekly hours with these blocks. */
  @Transactional
  public AvailabilityView setWeeklyHours(Caller caller, UUID clinicianId, List<HoursBlock> blocks) {
    AppointmentAccess.requireStaff(caller);
    StaffProfile clinician = clinician(clinicianId);
    Appointments.requireScheduler(caller, clinicianId);
    List<WeeklyHours> week = checked(clinicianId, blocks, locationNames());
    em.createQuery("DELETE FROM WeeklyHours h WHERE h.clinicianId = :clinician")
        .setParameter("clinician", clinicianId)
        .executeUpdate();
    week.forEach(em::persist);
    record(caller, clinicianId, "weekly hours set (" + week.size() + " blocks)");
    return view(clinician);
  }

  /** Sets the clinician's video room, or removes it when {@code url} is blank. */
  @Transactional
  public AvailabilityView setVideoLink(Caller caller, UUID clinicianId, String url) {
    AppointmentAccess.requireStaff(caller);
    StaffProfile clinician = clinician(clinicianId);
    Appointments.requireScheduler(caller, clinicianId);
    Optional<VideoRoom> room = videoRoom(clinicianId);
    if (url == null || url.isBlank()) {
      room.ifPresent(em::remove);
    } else if (room.isPresent()) {
      room.get().change(url);
    } else {
      em.persist(new VideoRoom(clinicianId, url));
    }
    record(caller, clinicianId, "video room " + (url == null || url.isBlank() ? "removed" : "set"));
    return view(clinician);
  }

  /** The clinician's video room, for telehealth appointments. */
  Optional<String> videoLink(UUID clinicianId) {
    return videoRoom(clinicianId).map(VideoRoom::url);
  }

  private Optional<VideoRoom> videoRoom(UUID clinicianId) {
    return em.createQuery(
            "SELECT v FROM VideoRoom v WHERE v.clinicianId = :clinician", VideoRoom.class)
        .setParameter("clinician", clinicianId)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public AvailabilityView addTimeOff(
      Caller caller, UUID clinicianId, Instant from, Instant to, String note) {
    AppointmentAccess.requireStaff(caller);
    StaffProfile clinician = clinician(clinicianId);
    Appointments.requireScheduler(caller, clinicianId);
    if (from == null || to == null || !to.isAfter(from)) {
      throw invalid("endsAt", "Time off ends after it starts");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(366)) > 0) {
      throw invalid("endsAt", "Enter time off of at most a year at a time");
    }
    String cleanNote = note == null ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > TimeOff.NOTE_LENGTH) {
      throw invalid("note", "A note is at most " + TimeOff.NOTE_LENGTH + " characters");
    }
    em.persist(
        new TimeOff(
            clinicianId, from, to, cleanNote == null || cleanNote.isEmpty() ? null : cleanNote));
    record(caller, clinicianId, "time off added");
    return view(clinician);
  }

  @Transactional
  public AvailabilityView removeTimeOff(Caller caller, UUID clinicianId, UUID timeOffId) {
    AppointmentAccess.requireStaff(caller);
    StaffProfile clinician = clinician(clinicianId);
    Appointments.requireScheduler(caller, clinicianId);
    TimeOff off = timeOffId == null ? null : em.find(TimeOff.class, timeOffId);
    if (off == null || !off.clinicianId().equals(clinicianId)) {
      throw new NotFound("That time off");
    }
    em.remove(off);
    record(caller, clinicianId, "time off removed");
    return view(clinician);
  }

  /** Open slots of the clinician for the service type, for staff booking. */
  @Transactional(readOnly = true)
  public List<SlotView> slots(
      Caller caller, UUID clinicianId, Instant from, Instant to, UUID serviceTypeId) {
    AppointmentAccess.requireStaff(caller);
    clinician(clinicianId);
    ServiceTypeChoice service =
        serviceTypes.listChoices(caller).stream()
            .filter(choice -> choice.id().equals(serviceTypeId))
            .findFirst()
            .orElseThrow(
                () -> invalid("serviceType", "Choose one of the practice's service types"));
    return openSlots(clinicianId, from, to, service);
  }

  /**
   * Open slots for a caller already checked by its feature (the portal's booking): the same
   * computation staff see.
   */
  List<SlotView> openSlots(UUID clinicianId, Instant from, Instant to, ServiceTypeChoice service) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw invalid("to", "Give a range whose end comes after its start");
    }
    if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
      throw invalid("to", "Ask for at most 31 days of slots at a time");
    }
    List<OpenSlots.Block> hours =
        weeklyHours(clinicianId).stream()
            .map(
                h ->
                    new OpenSlots.Block(
                        h.day(), h.startsAt(), h.endsAt(), h.locationId().orElse(null)))
            .toList();
    List<OpenSlots.Busy> busy = new ArrayList<>();
    em.createQuery(
            "SELECT a FROM Appointment a WHERE a.clinicianId = :clinician"
                + " AND a.startsAt < :to AND a.endsAt > :from AND a.status IN :holding",
            Appointment.class)
        .setParameter("clinician", clinicianId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("holding", List.of(AppointmentStatus.REQUESTED, AppointmentStatus.BOOKED))
        .getResultStream()
        .forEach(a -> busy.add(new OpenSlots.Busy(a.startsAt(), a.endsAt())));
    timeOff(clinicianId, from, to)
        .forEach(off -> busy.add(new OpenSlots.Busy(off.startsAt(), off.endsAt())));
    Map<UUID, String> places = locationNames();
    return OpenSlots.find(
            zone(),
            hours,
            busy,
            from,
            to,
            clock.instant().plus(NOTICE),
            Duration.ofMinutes(service.durationMinutes()))
        .stream()
        .map(
            slot ->
                new SlotView(
                    slot.start(),
                    slot.end(),
                    slot.locationId(),
                    slot.locationId() == null ? "" : places.getOrDefault(slot.locationId(), "")))
        .toList();
  }

  /** The practice's zone, whose wall clock weekly hours and calendars read. */
  @Transactional(readOnly = true)
  public ZoneId practiceZone() {
    return zone();
  }

  ZoneId zone() {
    return em.find(Practice.class, Tenancy.require().value()).timeZone();
  }

  private List<WeeklyHours> weeklyHours(UUID clinicianId) {
    return em.createQuery(
            "SELECT h FROM WeeklyHours h WHERE h.clinicianId = :clinician"
                + " ORDER BY h.weekday, h.startsAt",
            WeeklyHours.class)
        .setParameter("clinician", clinicianId)
        .getResultList();
  }

  private List<TimeOff> timeOff(UUID clinicianId, Instant from, Instant to) {
    return em.createQuery(
            "SELECT t FROM TimeOff t WHERE t.clinicianId = :clinician"
                + " AND t.endsAt > :from AND t.startsAt < :to ORDER BY t.startsAt",
            TimeOff.class)
        .setParameter("clinician", clinicianId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private StaffProfile clinician(UUID clinicianId) {
    return (clinicianId == null ? Optional.<StaffProfile>empty() : staff.findProfile(clinicianId))
        .filter(StaffProfile::canHoldClients)
        .orElseThrow(() -> new NotFound(CLINICIAN));
  }

  private Map<UUID, String> locationNames() {
    return locations.listChoicesForClients().stream()
        .collect(Collectors.toMap(LocationChoice::id, LocationChoice::name));
  }

  private AvailabilityView view(StaffProfile clinician) {
    Map<UUID, String> places = locationNames();
    List<HoursBlock> week =
        weeklyHours(clinician.id()).stream()
            .map(
                h ->
                    new HoursBlock(
                        h.day().name(),
                        h.startsAt().toString(),
                        h.endsAt().toString(),
                        h.locationId().orElse(null),
                        h.locationId().map(places::get).orElse("")))
            .toList();
    Instant now = clock.instant();
    List<TimeOffView> off =
        timeOff(clinician.id(), now, now.plus(Duration.ofDays(3660))).stream()
            .map(t -> new TimeOffView(t.id(), t.startsAt(), t.endsAt(), t.note()))
            .toList();
    return new AvailabilityView(
        clinician.id(),
        clinician.displayName(),
        zone().getId(),
        videoLink(clinician.id()).orElse(""),
        week,
        off);
  }

  /**
   * The blocks as stored rows: each day and time read, no block ending before it starts, no two
   * blocks of a day overlapping, and only the practice's active locations.
   */
  private static List<WeeklyHours> checked(
      UUID clinicianId, List<HoursBlock> blocks, Map<UUID, String> places) {
    if (blocks == null) {
      throw invalid("weeklyHours", "Send the weekly hours as a list of blocks");
    }
    if (blocks.size() > MOST_BLOCKS) {
      throw invalid("weeklyHours", "A week holds at most " + MOST_BLOCKS + " blocks of hours");
    }
    List<WeeklyHours> week = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      HoursBlock block = blocks.get(i);
      String at = "weeklyHours[" + i + "]";
      if (block == null) {
        throw invalid(at, "Block " + (i + 1) + " is empty");
      }
      DayOfWeek day = day(block.day(), at + ".day", i);
      LocalTime start = time(block.start(), at + ".start", i);
      LocalTime end = time(block.end(), at + ".end", i);
      if (!end.isAfter(start)) {
        throw invalid(at + ".end", "Block " + (i + 1) + " must end after it starts");
      }
      if (block.locationId() != null && !places.containsKey(block.locationId())) {
        throw invalid(
            at + ".locationId", "Block " + (i + 1) + ": choose one of the practice's locations");
      }
      week.add(new WeeklyHours(clinicianId, day, start, end, block.locationId()));
    }
    week.sort(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::startsAt));
    for (int i = 1; i < week.size(); i++) {
      WeeklyHours before = week.get(i - 1);
      WeeklyHours after = week.get(i);
      if (before.day() == after.day() && after.startsAt().isBefore(before.endsAt())) {
        String day = dayName(after.day());
        throw invalid(
            "weeklyHours",
            "Two blocks on "
                + day
                + " overlap ("
                + before.startsAt()
                + " to "
                + before.endsAt()
                + " and "
                + after.startsAt()
                + " to "
                + after.endsAt()
                + ")");
      }
    }
    return week;
  }

  private static DayOfWeek day(String text, String field, int index) {
    try {
      return DayOfWeek.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(field, "Block " + (index + 1) + ": choose a day of the week");
    }
  }

  private static LocalTime time(String text, String field, int index) {
    try {
      LocalTime time = LocalTime.parse(text == null ? "" : text.strip());
      if (time.getSecond() != 0 || time.getNano() != 0 || time.getMinute() % 5 != 0) {
        throw invalid(field, "Block " + (index + 1) + ": times are in steps of five minutes");
      }
      return time;
    } catch (DateTimeParseException e) {
      throw invalid(field, "Block " + (index + 1) + ": enter a time such as 09:00");
    }
  }

  static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private void record(Caller caller, UUID clinicianId, String what) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.AVAILABILITY_CHANGED)
            .about("clinician " + clinicianId + " " + what));
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
