package org.foyer.diagnoses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.diagnoses.DiagnosisInput;
import org.foyer.diagnoses.DiagnosisView;
import org.foyer.diagnoses.entity.ClientDiagnosis;

/**
 * A client's diagnoses: the client's clinician, or staff with "billing" (who enter codes from the
 * clinician's note for superbills), list, add and remove them. Anyone else, another practice's
 * client and a removed code meet 404; portal logins never see them. Every read and change is
 * audited.
 */
@ApplicationScoped
public class Diagnoses {

  private static final String CLIENT = "That client";
  private static final String DIAGNOSIS = "That diagnosis";

  private EntityManager em;
  private ClientRecords clients;
  private AuditLog audit;
  private Inputs inputs;
  private Clock clock;

  protected Diagnoses() {}

  @Inject
  public Diagnoses(
      EntityManager em, ClientRecords clients, AuditLog audit, Inputs inputs, Clock clock) {
    this.em = em;
    this.clients = clients;
    this.audit = audit;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** Whether the caller may see and change this client's diagnoses (the page shows them or not). */
  @Transactional(readOnly = true)
  public boolean mayKeep(Caller caller, UUID clientId) {
    return clientId != null
        && clients.findIdentity(clientId).filter(client -> keeps(caller, client)).isPresent();
  }

  /** The client's standing diagnoses, oldest first. */
  @Transactional
  public List<DiagnosisView> list(Caller caller, UUID clientId) {
    requireKeeper(caller, clientId);
    List<DiagnosisView> standing = standing(clientId);
    record(caller, AuditAction.DIAGNOSES_VIEWED, clientId, "diagnoses read");
    return standing;
  }

  /**
   * The client's standing diagnoses for a document the caller may already make for the client (a
   * superbill): no check of its own, the caller's feature has made it.
   */
  @Transactional(readOnly = true)
  public List<DiagnosisView> listForDocument(UUID clientId) {
    return standing(clientId);
  }

  @Transactional
  public DiagnosisView add(Caller caller, UUID clientId, DiagnosisInput input) {
    requireKeeper(caller, clientId);
    if (input == null) {
      throw new InvalidInput("Send the diagnosis as a JSON object");
    }
    inputs.check(input, "The diagnosis needs attention", Map.of());
    String code =
        input
            .normalisedCode()
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "An ICD-10 code is a letter, two digits or letters, and up to four more"
                            + " after a dot, such as F41.1",
                        Map.of(
                            "code",
                            "An ICD-10 code is a letter, two digits or letters, and up to four"
                                + " more after a dot, such as F41.1")));
    boolean already =
        standing(clientId).stream().anyMatch(diagnosis -> diagnosis.code().equals(code));
    if (already) {
      throw new InvalidInput(
          code + " is on the client's record already", Map.of("code", code + " is listed"));
    }
    ClientDiagnosis diagnosis =
        new ClientDiagnosis(
            clientId, code, input.description().strip(), caller.email(), clock.instant());
    em.persist(diagnosis);
    record(caller, AuditAction.DIAGNOSIS_ADDED, clientId, "diagnosis " + code + " added");
    return view(diagnosis);
  }

  @Transactional
  public void remove(Caller caller, UUID clientId, UUID diagnosisId) {
    requireKeeper(caller, clientId);
    ClientDiagnosis diagnosis =
        diagnosisId == null ? null : em.find(ClientDiagnosis.class, diagnosisId);
    if (diagnosis == null || !diagnosis.clientId().equals(clientId) || diagnosis.isRemoved()) {
      throw new NotFound(DIAGNOSIS);
    }
    diagnosis.remove(caller.email(), clock.instant());
    record(
        caller,
        AuditAction.DIAGNOSIS_REMOVED,
        clientId,
        "diagnosis " + diagnosis.code() + " removed");
  }

  private List<DiagnosisView> standing(UUID clientId) {
    return em.createQuery(
            "SELECT d FROM ClientDiagnosis d WHERE d.clientId = :client AND d.removedAt IS NULL"
                + " ORDER BY d.enteredAt, d.code",
            ClientDiagnosis.class)
        .setParameter("client", clientId)
        .getResultStream()
        .map(Diagnoses::view)
        .toList();
  }

  private void requireKeeper(Caller caller, UUID clientId) {
    ClientIdentity client =
        clientId == null
            ? null
            : clients.findIdentity(clientId).filter(found -> keeps(caller, found)).orElse(null);
    if (client == null) {
      throw new NotFound(CLIENT);
    }
  }

  private static boolean keeps(Caller caller, ClientIdentity client) {
    return caller != null
        && caller.isStaff()
        && (caller.can(Capability.BILLING)
            || Objects.equals(caller.accountId(), client.clinicianId()));
  }

  private void record(Caller caller, AuditAction action, UUID clientId, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action).about("client " + clientId + " " + what));
  }

  private static DiagnosisView view(ClientDiagnosis diagnosis) {
    return new DiagnosisView(
        diagnosis.id(),
        diagnosis.clientId(),
        diagnosis.code(),
        diagnosis.description(),
        diagnosis.enteredBy(),
        diagnosis.enteredAt());
  }
}
