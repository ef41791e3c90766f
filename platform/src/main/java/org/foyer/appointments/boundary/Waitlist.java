package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.rules.BookingRulesService;
import org.foyer.appointments.waitlist.WaitingClient;
import org.foyer.appointments.waitlist.WaitlistView;
import org.foyer.appointments.waitlist.WaitlistWish;
import org.foyer.appointments.waitlist.entity.WaitlistEntry;
import org.foyer.appointments.waitlist.entity.WaitlistOffer;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.Relationship;

/**
 * The automatic waiting list. A client (or a contact whose link permits appointments) asks to hear
 * of earlier times with their clinician, for a service or any, up to a day or whenever.
 *
 * <p>The offer model: when an appointment of the clinician is cancelled (by the client or staff,
 * late or not) or a request is declined, the freed time is offered at once to every waiting client
 * whose wish fits it (the service fits in the freed time and is booked online, the day is not past
 * their last wanted day, and they have no appointment with the clinician at or before it), in the
 * order they joined, each by mail through the outbox (date, time, place and practice only). Each
 * offer stays open for the practice's claim window (Portal settings, 2 hours unless changed) and
 * never past the time's start. The first to claim it in the portal gets it: the claim books through
 * the portal's own booking (so the practice's instant-or-request choice, the online services and
 * the intake rule apply, and the exclusion constraint decides a race); the claimant leaves the
 * list, and the others are mailed that the time is gone and stay on the list. A claim after the
 * window, of a time already taken, or of another client's offer is refused (409, or 404 for
 * another's), and is never a double booking. Offers are sent in queue order rather than one at a
 * time, because a freed time often lies within hours: a one-by-one chain of two-hour windows would
 * let it pass unused.
 */
@ApplicationScoped
public class Waitlist {

  public static final String OFFER = "That offer";

  private EntityManager em;
  private AuditLog audit;
  private ClientRecords clients;
  private ServiceTypes serviceTypes;
  private StaffDirectory staff;
  private AppointmentNotices notices;
  private PortalAppointments portal;
  private Availability availability;
  private Inputs inputs;
  private Clock clock;

  protected Waitlist() {}

  @Inject
  public Waitlist(
      EntityManager em,
      AuditLog audit,
      ClientRecords clients,
      ServiceTypes serviceTypes,
      StaffDirectory staff,
      AppointmentNotices notices,
      PortalAppointments portal,
      Availability availability,
      Inputs inputs,
      Clock clock) {
    this.inputs = inputs;
    this.em = em;
    this.audit = audit;
    this.clients = clients;
    this.serviceTypes = serviceTypes;
    this.staff = staff;
    this.notices = notices;
    this.portal = portal;
    this.availability = availability;
    this.clock = clock;
  }

  /** The client's place on the list and the offers open to them now. */
  @Transactional(readOnly = true)
  public WaitlistView view(Caller caller, UUID clientId) {
    portal.requireAccess(caller, clientId);
    ClientIdentity client = clients.getIdentity(clientId);
    String unavailable = unavailableBecause(client);
    Optional<WaitlistEntry> entry = entryOf(client);
    Map<UUID, String> services = portal.serviceNames();
    Map<UUID, LocationChoice> places = portal.places();
    Instant now = clock.instant();
    List<WaitlistView.Offer> offers =
        em
            .createQuery(
                "SELECT o FROM WaitlistOffer o WHERE o.clientId = :client AND o.status = :open"
                    + " AND o.openUntil > :now ORDER BY o.startsAt, o.id",
                WaitlistOffer.class)
            .setParameter("client", clientId)
            .setParameter("open", WaitlistOffer.Status.OPEN)
            .setParameter("now", now)
            .getResultList()
            .stream()
            .map(
                o ->
                    new WaitlistView.Offer(
                        o.id(),
                        o.startsAt(),
                        o.openUntil(),
                        services.getOrDefault(o.serviceTypeId(), "Appointment"),
                        o.locationId().map(places::get).map(LocationChoice::name).orElse("")))
            .toList();
    return new WaitlistView(
        entry.isPresent(),
        Optional.ofNullable(client.clinicianId())
            .flatMap(staff::findProfile)
            .map(StaffProfile::displayName)
            .orElse(""),
        entry.flatMap(WaitlistEntry::serviceTypeId).orElse(null),
        entry
            .flatMap(WaitlistEntry::serviceTypeId)
            .map(id -> services.getOrDefault(id, ""))
            .orElse(""),
        entry.flatMap(WaitlistEntry::wantedBy).orElse(null),
        entry.map(WaitlistEntry::joinedAt).orElse(null),
        offers,
        unavailable);
  }

  /**
   * Puts the client on their clinician's list, or changes what they wait for while keeping their
   * place in the queue.
   */
  @Transactional
  public WaitlistView join(Caller caller, UUID clientId, WaitlistWish wish) {
    ClientProfile profile = portal.requireAccess(caller, clientId);
    if (wish == null) {
      throw invalid("serviceType", "Say what you would like to wait for");
    }
    ClientIdentity client = clients.getIdentity(clientId);
    StaffProfile clinician = portal.requireMayBook(client);
    if (wish.serviceType() != null) {
      portal.offered(wish.serviceType());
    }
    inputs.check(
        wish,
        clock.withZone(portal.zoneOf(client)),
        "Choose today or a later day, or leave the day empty",
        Map.of());
    Optional<WaitlistEntry> existing = entryOf(client);
    if (existing.isPresent()) {
      existing.get().wish(wish.serviceType(), wish.wantedBy());
    } else {
      em.persist(
          new WaitlistEntry(
              clientId,
              clinician.id(),
              wish.serviceType(),
              wish.wantedBy(),
              caller.email(),
              clock.instant()));
    }
    em.flush();
    record(caller, profile, existing.isPresent() ? "wish changed" : "joined");
    return view(caller, clientId);
  }

  /** Takes the client off their clinician's list; offers already made to them stay open. */
  @Transactional
  public WaitlistView leave(Caller caller, UUID clientId) {
    ClientProfile profile = portal.requireAccess(caller, clientId);
    ClientIdentity client = clients.getIdentity(clientId);
    WaitlistEntry entry =
        entryOf(client).orElseThrow(() -> new NotFound("Your waiting list place"));
    em.remove(entry);
    em.flush();
    record(caller, profile, "left");
    return view(caller, clientId);
  }

  /**
   * Books the offered time for the client. The claimant leaves the list; everybody else offered the
   * same time hears it is gone and stays on the list.
   */
  @Transactional
  public PortalAppointment claim(Caller caller, UUID clientId, UUID offerId) {
    ClientProfile profile = portal.requireAccess(caller, clientId);
    WaitlistOffer offer = offerId == null ? null : em.find(WaitlistOffer.class, offerId);
    if (offer == null || !offer.clientId().equals(clientId)) {
      throw new NotFound(OFFER);
    }
    offer.requireOpen(clock.instant());
    PortalAppointment booked =
        portal.bookOffered(
            caller,
            clientId,
            offer.clinicianId(),
            offer.serviceTypeId(),
            offer.locationId().orElse(null),
            offer.startsAt());
    offer.claimed(booked.id());
    em.createQuery(
            "SELECT e FROM WaitlistEntry e WHERE e.clientId = :client"
                + " AND e.clinicianId = :clinician",
            WaitlistEntry.class)
        .setParameter("client", clientId)
        .setParameter("clinician", offer.clinicianId())
        .getResultList()
        .forEach(em::remove);
    for (WaitlistOffer other : othersOf(offer)) {
      other.gone();
      notices.tellWaiting(
          other.clientId(),
          AppointmentNoticeDue.What.WAITLIST_GONE,
          other.startsAt(),
          booked.place(),
          Optional.empty());
    }
    record(caller, profile, "claimed a freed time as appointment " + booked.id());
    return booked;
  }

  /** The clinician's list in queue order, for any staff member. */
  @Transactional(readOnly = true)
  public List<WaitingClient> listForClinician(Caller caller, UUID clinicianId) {
    AppointmentAccess.requireStaff(caller);
    staff
        .findProfile(clinicianId)
        .filter(StaffProfile::canHoldClients)
        .orElseThrow(() -> new NotFound("That clinician"));
    List<WaitlistEntry> entries = queue(clinicianId);
    Map<UUID, ClientIdentity> names =
        clients.findIdentities(entries.stream().map(WaitlistEntry::clientId).toList());
    Map<UUID, String> services =
        serviceTypes.listChoicesForClients().stream()
            .collect(Collectors.toMap(ServiceTypeChoice::id, ServiceTypeChoice::name));
    List<UUID> offered =
        em.createQuery(
                "SELECT o.clientId FROM WaitlistOffer o WHERE o.clinicianId = :clinician"
                    + " AND o.status = :open AND o.openUntil > :now",
                UUID.class)
            .setParameter("clinician", clinicianId)
            .setParameter("open", WaitlistOffer.Status.OPEN)
            .setParameter("now", clock.instant())
            .getResultList();
    List<WaitingClient> waiting = new ArrayList<>();
    for (WaitlistEntry e : entries) {
      waiting.add(
          new WaitingClient(
              waiting.size() + 1,
              Optional.ofNullable(names.get(e.clientId()))
                  .map(ClientIdentity::displayName)
                  .orElse("A former client"),
              e.serviceTypeId().map(id -> services.getOrDefault(id, "")).orElse("Any service"),
              e.wantedBy().orElse(null),
              e.joinedAt(),
              offered.contains(e.clientId())));
    }
    return waiting;
  }

  /**
   * Offers the time a cancelled or declined appointment freed, in the unit of work that cancelled
   * it: the offers and their mail commit with the cancellation or not at all.
   */
  public void onStatusChanged(@Observes AppointmentStatusChanged changed) {
    if (!AppointmentStatus.CANCELLED.name().equals(changed.status())
        && !AppointmentStatus.LATE_CANCELLED.name().equals(changed.status())) {
      return;
    }
    Appointment freed = em.find(Appointment.class, changed.appointmentId());
    if (freed != null) {
      offer(freed);
    }
  }

  private void offer(Appointment freed) {
    Instant now = clock.instant();
    // Beyond the portal's horizon nobody could book it there either; a cancelled series thus offers
    // its next two months, not its whole year.
    if (!freed.startsAt().isAfter(now)
        || freed.startsAt().isAfter(now.plus(PortalAppointments.BOOKING_HORIZON))
        || new CurrentPortalSettings(em).get().selfScheduling() == SelfScheduling.OFF
        || alreadyOffered(freed)) {
      return;
    }
    Duration length = Duration.between(freed.startsAt(), freed.endsAt());
    Map<UUID, ServiceTypeChoice> online =
        BookingRulesService.bookableOnline(em, serviceTypes).stream()
            .collect(Collectors.toMap(ServiceTypeChoice::id, Function.identity()));
    ZoneId zone = availability.zone();
    LocalDate day = LocalDate.ofInstant(freed.startsAt(), zone);
    List<UUID> takingPart = notices.participants(freed);
    Duration window = Duration.ofHours(BookingRulesService.stored(em).waitlistClaimHours());
    String place =
        freed.locationId().map(portal.places()::get).map(LocationChoice::name).orElse("");
    int position = 0;
    for (WaitlistEntry entry : queue(freed.clinicianId())) {
      UUID service = entry.serviceTypeId().orElse(freed.serviceTypeId());
      ServiceTypeChoice choice = online.get(service);
      if (takingPart.contains(entry.clientId())
          || choice == null
          || Duration.ofMinutes(choice.durationMinutes()).compareTo(length) > 0
          || !entry.wants(service, day)
          || seesClinicianBy(entry, freed.startsAt())) {
        continue;
      }
      WaitlistOffer offer =
          new WaitlistOffer(
              freed.id(),
              entry.clientId(),
              freed.clinicianId(),
              service,
              freed.locationId().orElse(null),
              freed.startsAt(),
              ++position,
              now,
              now.plus(window));
      em.persist(offer);
      notices.tellWaiting(
          entry.clientId(),
          AppointmentNoticeDue.What.WAITLIST_OFFER,
          freed.startsAt(),
          place,
          Optional.of(offer.openUntil()));
    }
  }

  private boolean alreadyOffered(Appointment freed) {
    return !em.createQuery(
            "SELECT o.id FROM WaitlistOffer o WHERE o.freedAppointmentId = :freed", UUID.class)
        .setParameter("freed", freed.id())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the client already sees the clinician at or before that time: it is not earlier. */
  private boolean seesClinicianBy(WaitlistEntry entry, Instant start) {
    return !em.createQuery(
            "SELECT a.id FROM Appointment a WHERE "
                + Appointments.ofClient("client")
                + " AND a.clinicianId = :clinician AND a.status IN :holding"
                + " AND a.startsAt > :now AND a.startsAt <= :start",
            UUID.class)
        .setParameter("client", entry.clientId())
        .setParameter("clinician", entry.clinicianId())
        .setParameter("holding", AppointmentStatus.holdingTime())
        .setParameter("now", clock.instant())
        .setParameter("start", start)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<WaitlistOffer> othersOf(WaitlistOffer claimed) {
    return em.createQuery(
            "SELECT o FROM WaitlistOffer o WHERE o.freedAppointmentId = :freed"
                + " AND o.id <> :claimed AND o.status = :open ORDER BY o.queuePosition",
            WaitlistOffer.class)
        .setParameter("freed", claimed.freedAppointmentId())
        .setParameter("claimed", claimed.id())
        .setParameter("open", WaitlistOffer.Status.OPEN)
        .getResultList();
  }

  private List<WaitlistEntry> queue(UUID clinicianId) {
    return em.createQuery(
            "SELECT e FROM WaitlistEntry e WHERE e.clinicianId = :clinician"
                + " ORDER BY e.joinedAt, e.id",
            WaitlistEntry.class)
        .setParameter("clinician", clinicianId)
        .getResultList();
  }

  private Optional<WaitlistEntry> entryOf(ClientIdentity client) {
    if (client.clinicianId() == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT e FROM WaitlistEntry e WHERE e.clientId = :client"
                + " AND e.clinicianId = :clinician",
            WaitlistEntry.class)
        .setParameter("client", client.id())
        .setParameter("clinician", client.clinicianId())
        .getResultStream()
        .findFirst();
  }

  private String unavailableBecause(ClientIdentity client) {
    try {
      portal.requireMayBook(client);
      return "";
    } catch (BusinessException e) {
      return e.getMessage();
    }
  }

  private void record(Caller caller, ClientProfile profile, String what) {
    AuditRecord entry =
        AuditRecord.success(caller.email(), AuditAction.APPOINTMENT_WAITLIST)
            .about("client " + profile.clientId() + " waitlist " + what);
    audit.record(
        profile.relationship() == Relationship.SELF
            ? entry
            : entry.onBehalfOf("client " + profile.clientId()));
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
