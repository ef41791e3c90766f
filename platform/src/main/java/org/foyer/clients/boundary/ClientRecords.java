package org.foyer.clients.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.control.RecordFacts;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.validation.Inputs;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * Staff keep client records here. Every read of a record and every change is audited in the same
 * transaction; anyone who is not staff, and any id of another practice, meets {@link NotFound}.
 *
 * <p>Other features read what they need of a client through {@link ClientIdentity} and the record's
 * facts. Those reads check no caller (the feature asking has already decided the caller may act for
 * the client), are not audited as a record read, and see only clients of the practice whose unit of
 * work is running.
 */
@ApplicationScoped
public class ClientRecords {

  public static final int MAX_RESULTS = 200;

  private EntityManager em;
  private AuditLog audit;
  private Inputs inputs;
  private StaffDirectory staff;
  private Clock clock;

  protected ClientRecords() {}

  @Inject
  public ClientRecords(
      EntityManager em, AuditLog audit, Inputs inputs, StaffDirectory staff, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.inputs = inputs;
    this.staff = staff;
    this.clock = clock;
  }

  @Transactional
  public Client create(Caller caller, ClientDetails details) {
    requireStaff(caller);
    check(details, null);
    Client client = Client.from(details, today());
    em.persist(client);
    em.flush();
    record(caller, AuditAction.RECORD_CHANGED, client.id(), "created");
    return client;
  }

  @Transactional
  public Client update(Caller caller, UUID id, ClientDetails details) {
    Client client = find(caller, id);
    check(details, client.details().clinicianId());
    client.update(details, today());
    record(caller, AuditAction.RECORD_CHANGED, id, "updated");
    return client;
  }

  /**
   * Sets the zone the client's own times are shown in (portal, mail), or clears it back to the
   * practice's with a blank {@code zone}; an unknown zone is refused on its field.
   */
  @Transactional
  public Client changeTimeZone(Caller caller, UUID id, String zone) {
    Client client = find(caller, id);
    client.liveIn(zoneOf(zone));
    record(
        caller,
        AuditAction.RECORD_CHANGED,
        id,
        "time zone set to " + client.timeZone().map(ZoneId::getId).orElse("the practice's"));
    return client;
  }

  /** The zone named, null for blank, or {@link InvalidInput} on {@code timeZone}. */
  static ZoneId zoneOf(String zone) {
    if (zone == null || zone.isBlank()) {
      return null;
    }
    String id = zone.strip();
    if (id.length() > Client.TIME_ZONE_LENGTH || !ZoneId.getAvailableZoneIds().contains(id)) {
      String message = "Choose a time zone such as America/Denver or Europe/Berlin";
      throw new InvalidInput(message, Map.of("timeZone", message));
    }
    return ZoneId.of(id);
  }

  /** The zones a client may live in, by name: the regions' zones, not the legacy aliases. */
  public static List<String> listTimeZones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(
            id ->
                id.matches(
                    "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
        .sorted()
        .toList();
  }

  /** One client's record; the read is audited. */
  @Transactional
  public Client getClient(Caller caller, UUID id) {
    Client client = find(caller, id);
    record(caller, AuditAction.RECORD_READ, id, "opened");
    return client;
  }

  /** Clients whose name or email contains the text (all when blank), by last name. */
  @Transactional(readOnly = true)
  public List<ClientSummary> search(Caller caller, String text) {
    requireStaff(caller);
    String pattern =
        "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            "SELECT c FROM Client c"
                + " WHERE LOWER(CONCAT(c.legalFirstName, ' ', c.legalLastName)) LIKE :text ESCAPE '!'"
                + " OR LOWER(COALESCE(c.preferredName, '')) LIKE :text ESCAPE '!'"
                + " OR LOWER(COALESCE(c.email, '')) LIKE :text ESCAPE '!'"
                + " ORDER BY LOWER(c.legalLastName), LOWER(c.legalFirstName)",
            Client.class)
        .setParameter("text", pattern)
        .setMaxResults(MAX_RESULTS)
        .getResultStream()
        .map(ClientSummary::of)
        .toList();
  }

  /**
   * Staff who can be a client's clinician: the practice's active staff of a clinical role
   * (therapists; not front desk, billers or administrators), by name.
   */
  @Transactional(readOnly = true)
  public List<Clinician> listClinicians(Caller caller) {
    requireStaff(caller);
    return staff.listClinicians().stream()
        .map(clinician -> new Clinician(clinician.id().toString(), clinician.displayName()))
        .toList();
  }

  /** A choice of clinician for the edit page. */
  public record Clinician(String id, String name) {}

  /**
   * Replaces one fact of the record with a value the client gave (a pre-filled answer they
   * changed); the read and the change are audited as any staff edit.
   */
  @Transactional
  public void takeFact(Caller caller, UUID id, ClientFact fact, String value) {
    Client client = getClient(caller, id);
    update(caller, client.id(), RecordFacts.with(client.details(), fact, value));
  }

  /** The client, for a feature that has checked the caller; empty for another practice's id. */
  @Transactional(readOnly = true)
  public Optional<ClientIdentity> findIdentity(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Client.class, id))
        .map(ClientIdentity::of);
  }

  /** {@link #findIdentity}, or {@link NotFound} when there is no such client of the practice. */
  @Transactional(readOnly = true)
  public ClientIdentity getIdentity(UUID id) {
    return findIdentity(id).orElseThrow(() -> new NotFound("That client"));
  }

  /** Those of these clients that are the practice's, by id. */
  @Transactional(readOnly = true)
  public Map<UUID, ClientIdentity> findIdentities(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(ClientIdentity::of)
        .collect(Collectors.toMap(ClientIdentity::id, Function.identity()));
  }

  /**
   * The ids of the clients this staff member is the clinician of, for a feature that has checked
   * its caller (messaging's inbox for a clinician).
   */
  @Transactional(readOnly = true)
  public List<UUID> listClientIdsOfClinician(UUID staffId) {
    if (staffId == null) {
      return List.of();
    }
    return em.createQuery("SELECT c.id FROM Client c WHERE c.clinicianId = :staff", UUID.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  /** What the record says as the form engine's client facts, to pre-fill a form with. */
  @Transactional(readOnly = true)
  public Map<ClientFact, String> getFacts(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Client.class, id))
        .map(Client::details)
        .map(
            details ->
                RecordFacts.of(
                    details,
                    staff.findProfile(details.clinicianId()).map(StaffProfile::displayName)))
        .orElseThrow(() -> new NotFound("That client"));
  }

  private Client find(Caller caller, UUID id) {
    requireStaff(caller);
    Client client = id == null ? null : em.find(Client.class, id);
    if (client == null) {
      throw new NotFound("That client");
    }
    return client;
  }

  /**
   * The record's rules, and a clinician who may hold clients. A clinician the record already has is
   * left alone (one who left, or whose role changed, must not block an address change).
   */
  private void check(ClientDetails details, UUID currentClinician) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (details != null
        && details.clinicianId() != null
        && !details.clinicianId().equals(currentClinician)
        && staff
            .findProfile(details.clinicianId())
            .filter(StaffProfile::canHoldClients)
            .isEmpty()) {
      problems.put("clinicianId", "Choose a therapist of your practice as the clinician");
    }
    inputs.check(
        details, practiceClock(), "Some fields of the client record need attention", problems);
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound("That client");
    }
  }

  private void record(Caller caller, AuditAction action, UUID clientId, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action).about("client " + clientId + " " + what));
  }

  /** Today's date where the practice is: birthdays and ages count there. */
  @Transactional(readOnly = true)
  public LocalDate practiceToday() {
    return today();
  }

  private LocalDate today() {
    return LocalDate.now(practiceClock());
  }

  private Clock practiceClock() {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    return clock.withZone(practice.timeZone());
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
