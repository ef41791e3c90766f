package org.foyer.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.admin.staff.StaffMember;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditLog;
import org.foyer.audit.AuditRecord;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.persistence.Transactional;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.Tenancy;

/**
 * Staff keep client records here. Every read of a record and every change is audited in the same
 * transaction; anyone who is not staff, and any id of another practice, meets {@link NotFound}.
 */
@ApplicationScoped
public class ClientRecords {

  public static final int MAX_RESULTS = 200;

  private EntityManager em;
  private AuditLog audit;
  private Clock clock;

  protected ClientRecords() {}

  @Inject
  public ClientRecords(EntityManager em, AuditLog audit) {
    this(em, audit, Clock.systemUTC());
  }

  public ClientRecords(EntityManager em, AuditLog audit, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Client create(Caller caller, ClientDetails details) {
    requireStaff(caller);
    check(details);
    Client client = Client.from(details, today());
    em.persist(client);
    em.flush();
    record(caller, AuditAction.RECORD_CHANGED, client.id(), "created");
    return client;
  }

  @Transactional
  public Client update(Caller caller, UUID id, ClientDetails details) {
    Client client = find(caller, id);
    check(details);
    client.update(details, today());
    record(caller, AuditAction.RECORD_CHANGED, id, "updated");
    return client;
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

  /** Staff who can be a client's clinician: the practice's active staff, by name. */
  @Transactional(readOnly = true)
  public List<Clinician> listClinicians(Caller caller) {
    requireStaff(caller);
    return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.displayName", StaffMember.class)
        .getResultStream()
        .filter(StaffMember::canSignIn)
        .map(staff -> new Clinician(staff.id().toString(), staff.displayName()))
        .toList();
  }

  /** A choice of clinician for the edit page. */
  public record Clinician(String id, String name) {}

  private Client find(Caller caller, UUID id) {
    requireStaff(caller);
    Client client = id == null ? null : em.find(Client.class, id);
    if (client == null) {
      throw new NotFound("That client");
    }
    return client;
  }

  private void check(ClientDetails details) {
    Map<String, String> problems = ClientRules.problems(details, today());
    if (details.clinicianId() != null) {
      StaffMember clinician = em.find(StaffMember.class, details.clinicianId());
      if (clinician == null || !clinician.canSignIn()) {
        problems.put("clinicianId", "Choose a clinician of your practice");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some fields of the client record need attention", problems);
    }
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

  private LocalDate today() {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    return LocalDate.now(clock.withZone(practice.timeZone()));
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
