package org.foyer.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentAccess;
import org.foyer.appointments.control.ICalendar;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.CalendarFeed;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Secret calendar addresses (iCalendar) of a clinician's or a client's appointments, for the
 * calendar apps people already use. A clinician makes one for their own appointments (schedulers
 * for anyone's); client names are masked unless asked for. A portal login makes one for a client
 * whose link permits appointments; it stops answering when that link no longer does. The secret is
 * shown once and only its hash is kept; a wrong, revoked or another practice's secret is simply not
 * found. Feeds hold 30 days back and 180 ahead, cancelled appointments marked so apps remove them.
 */
@ApplicationScoped
public class CalendarFeeds {

  public static final String FEED = "That calendar feed";
  static final Duration BACK = Duration.ofDays(30);
  static final Duration AHEAD = Duration.ofDays(180);
  private static final SecureRandom RANDOM = new SecureRandom();

  private EntityManager em;
  private AuditLog audit;
  private ClientRecords clients;
  private ContactNetwork network;
  private ClientLogins logins;
  private StaffDirectory staff;
  private ServiceTypes serviceTypes;
  private Locations locations;
  private Availability availability;
  private Clock clock;

  protected CalendarFeeds() {}

  @Inject
  public CalendarFeeds(
      EntityManager em,
      AuditLog audit,
      ClientRecords clients,
      ContactNetwork network,
      ClientLogins logins,
      StaffDirectory staff,
      ServiceTypes serviceTypes,
      Locations locations,
      Availability availability,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.clients = clients;
    this.network = network;
    this.logins = logins;
    this.staff = staff;
    this.serviceTypes = serviceTypes;
    this.locations = locations;
    this.availability = availability;
    this.clock = clock;
  }

  /** A new feed and its secret, which is never shown again. */
  public record NewFeed(UUID id, String secret) {}

  /** A feed as its maker lists it (never its secret). */
  public record FeedView(UUID id, String of, boolean showsClientNames, Instant createdAt) {}

  @Transactional
  public NewFeed createForClinician(Caller caller, UUID clinicianId, boolean showClientNames) {
    AppointmentAccess.requireStaff(caller);
    StaffProfile clinician =
        Optional.ofNullable(clinicianId)
            .flatMap(staff::findProfile)
            .filter(StaffProfile::canHoldClients)
            .orElseThrow(() -> new NotFound(Availability.CLINICIAN));
    Appointments.requireScheduler(caller, clinician.id());
    String secret = secret();
    CalendarFeed feed =
        CalendarFeed.ofClinician(
            clinician.id(), caller.email(), sha256(secret), showClientNames, clock.instant());
    em.persist(feed);
    record(caller, "calendar feed " + feed.id() + " of clinician " + clinician.id() + " made");
    return new NewFeed(feed.id(), secret);
  }

  @Transactional
  public NewFeed createForClient(Caller caller, UUID clientId) {
    if (caller.kind() != Caller.Kind.PORTAL || clientId == null) {
      throw new NotFound(Appointments.APPOINTMENT);
    }
    network.getProfile(caller, clientId, ContactPermission.APPOINTMENTS);
    String secret = secret();
    CalendarFeed feed =
        CalendarFeed.ofClient(clientId, caller.email(), sha256(secret), clock.instant());
    em.persist(feed);
    record(caller, "client " + clientId + " calendar feed " + feed.id() + " made");
    return new NewFeed(feed.id(), secret);
  }

  /** The caller's feeds still answering, newest first. */
  @Transactional(readOnly = true)
  public List<FeedView> list(Caller caller) {
    if (caller.kind() == Caller.Kind.ANONYMOUS) {
      throw new NotFound(FEED);
    }
    return em.createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.createdBy = :me AND f.revokedAt IS NULL"
                + " ORDER BY f.createdAt DESC",
            CalendarFeed.class)
        .setParameter("me", caller.email())
        .getResultStream()
        .map(
            f ->
                new FeedView(
                    f.id(),
                    f.clinicianId()
                        .flatMap(staff::findProfile)
                        .map(StaffProfile::displayName)
                        .or(
                            () ->
                                f.clientId()
                                    .flatMap(clients::findIdentity)
                                    .map(ClientIdentity::displayName))
                        .orElse(""),
                    f.showsClientNames(),
                    f.createdAt()))
        .toList();
  }

  /** Revokes one of the caller's feeds for good. */
  @Transactional
  public void revoke(Caller caller, UUID feedId) {
    CalendarFeed feed = feedId == null ? null : em.find(CalendarFeed.class, feedId);
    if (feed == null || feed.isRevoked() || !feed.createdBy().equalsIgnoreCase(caller.email())) {
      throw new NotFound(FEED);
    }
    feed.revoke(clock.instant());
    record(caller, "calendar feed " + feed.id() + " revoked");
  }

  /** The feed's calendar, for whoever holds its secret. */
  @Transactional(readOnly = true)
  public String render(String secret) {
    if (secret == null || secret.length() < 20 || secret.length() > 100) {
      throw new NotFound(FEED);
    }
    CalendarFeed feed =
        em.createQuery(
                "SELECT f FROM CalendarFeed f WHERE f.tokenSha256 = :hash", CalendarFeed.class)
            .setParameter("hash", sha256(secret))
            .getResultStream()
            .findFirst()
            .filter(f -> !f.isRevoked())
            .filter(this::stillPermitted)
            .orElseThrow(() -> new NotFound(FEED));
    Instant now = clock.instant();
    List<Appointment> appointments =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE "
                    + (feed.clinicianId().isPresent()
                        ? "a.clinicianId = :owner"
                        : Appointments.ofClient("owner"))
                    + " AND a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt",
                Appointment.class)
            .setParameter("owner", feed.clinicianId().or(feed::clientId).orElseThrow())
            .setParameter("from", now.minus(BACK))
            .setParameter("to", now.plus(AHEAD))
            .getResultList();
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    String practiceName = new CurrentPortalSettings(em).get().displayName().orElse(practice.name());
    Map<UUID, LocationChoice> places =
        locations.listChoicesForClients().stream()
            .collect(Collectors.toMap(LocationChoice::id, choice -> choice));
    Map<UUID, String> services =
        serviceTypes.listChoicesForClients().stream()
            .collect(Collectors.toMap(ServiceTypeChoice::id, ServiceTypeChoice::name));
    Map<UUID, ClientIdentity> names =
        feed.showsClientNames() && feed.clinicianId().isPresent()
            ? clients.findIdentities(appointments.stream().map(Appointment::clientId).toList())
            : Map.of();
    List<ICalendar.Event> events =
        appointments.stream()
            .map(a -> event(a, feed, practiceName, places, services, names))
            .toList();
    String title =
        feed.clinicianId().isPresent()
            ? practiceName + " appointments"
            : "Appointments at " + practiceName;
    return ICalendar.write(title, events, now);
  }

  private ICalendar.Event event(
      Appointment a,
      CalendarFeed feed,
      String practiceName,
      Map<UUID, LocationChoice> places,
      Map<UUID, String> services,
      Map<UUID, ClientIdentity> names) {
    Optional<LocationChoice> place = a.locationId().map(places::get);
    String summary;
    String description;
    if (feed.clinicianId().isPresent()) {
      String who =
          Optional.ofNullable(names.get(a.clientId()))
              .map(ClientIdentity::displayName)
              .orElse("Client");
      summary = who + " · " + services.getOrDefault(a.serviceTypeId(), "Appointment");
      description = "Details in Foyer";
    } else {
      // What the appointment is for stays in the portal, as in the mail.
      summary = "Appointment at " + practiceName;
      description =
          place.filter(LocationChoice::telehealth).isPresent()
              ? availability.videoLink(a.clinicianId()).map(link -> "Join: " + link).orElse("")
              : "";
    }
    return new ICalendar.Event(
        a.id(),
        a.version(),
        a.startsAt(),
        a.endsAt(),
        summary,
        place.map(LocationChoice::name).orElse(""),
        description,
        switch (a.status()) {
          case BOOKED, ATTENDED -> "CONFIRMED";
          case REQUESTED -> "TENTATIVE";
          case CANCELLED, LATE_CANCELLED, NO_SHOW -> "CANCELLED";
        });
  }

  /** A client feed answers while its maker's link to the client still permits appointments. */
  private boolean stillPermitted(CalendarFeed feed) {
    return feed.clientId()
        .map(
            client ->
                logins.listRecipients(client, ContactPermission.APPOINTMENTS, false).stream()
                    .anyMatch(email -> email.equalsIgnoreCase(feed.createdBy())))
        .orElse(true);
  }

  private void record(Caller caller, String what) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.CALENDAR_FEED_CHANGED).about(what));
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
