package org.foyer.insurance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.insurance.CardPhoto;
import org.foyer.insurance.InsurancePolicyView;
import org.foyer.insurance.PolicyDetails;
import org.foyer.insurance.PolicyStatus;
import org.foyer.insurance.entity.InsurancePolicy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Insurance policies of a client: entered by the client, a contact whose link permits billing, or
 * staff; checked by staff with the billing capability. The card photos are kept as the client's
 * General Documents. Another practice's or client's policy, a revoked link or a link without
 * billing meets {@link NotFound}, as a policy that does not exist.
 */
@ApplicationScoped
public class InsurancePolicies {

  static final String POLICY = "That insurance policy";
  static final String CLIENT = "That client";
  static final String NOT_SAVED = "The insurance details were not saved";

  private EntityManager em;
  private ContactNetwork network;
  private ClientRecords clients;
  private GeneralDocuments documents;
  private AuditLog audit;
  private Inputs inputs;
  private Clock clock;

  protected InsurancePolicies() {}

  @Inject
  public InsurancePolicies(
      EntityManager em,
      ContactNetwork network,
      ClientRecords clients,
      GeneralDocuments documents,
      AuditLog audit,
      Inputs inputs,
      Clock clock) {
    this.em = em;
    this.network = network;
    this.clients = clients;
    this.documents = documents;
    this.audit = audit;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** The client's policies: primary first, the newest first within a rank. Audited as a read. */
  @Transactional
  public List<InsurancePolicyView> list(Caller caller, UUID clientId) {
    boolean onBehalf = requireAccess(caller, clientId);
    List<InsurancePolicyView> policies =
        em.createQuery(
                "SELECT p FROM InsurancePolicy p WHERE p.clientId = :client", InsurancePolicy.class)
            .setParameter("client", clientId)
            .getResultStream()
            .sorted(
                Comparator.comparing(InsurancePolicy::rank)
                    .thenComparing(InsurancePolicy::submittedAt, Comparator.reverseOrder()))
            .map(InsurancePolicy::view)
            .toList();
    record(
        caller, clientId, onBehalf, AuditAction.INSURANCE_READ, "insurance of client " + clientId);
    return policies;
  }

  /**
   * A new policy with its card photos, waiting for staff to check it.
   *
   * @throws InvalidInput with every problem of the details and photos at once; nothing is kept
   */
  @Transactional
  public InsurancePolicyView submit(
      Caller caller, UUID clientId, PolicyDetails details, CardPhoto front, CardPhoto back) {
    boolean onBehalf = requireAccess(caller, clientId);
    inputs.check(details, clock, NOT_SAVED, Map.of());
    InsurancePolicy policy =
        new InsurancePolicy(clientId, details, caller.email(), onBehalf, clock.instant());
    policy.attachCards(
        keep(caller, clientId, front, "front"), keep(caller, clientId, back, "back"));
    em.persist(policy);
    record(caller, clientId, onBehalf, AuditAction.INSURANCE_SUBMITTED, subject(policy));
    return policy.view();
  }

  /**
   * The client's correction of a policy the practice has not put in use yet (waiting, or sent back
   * for a correction); it goes back to the practice to be checked.
   */
  @Transactional
  public InsurancePolicyView correct(
      Caller caller,
      UUID clientId,
      UUID policyId,
      PolicyDetails details,
      CardPhoto front,
      CardPhoto back) {
    boolean onBehalf = requireAccess(caller, clientId);
    InsurancePolicy policy = find(clientId, policyId);
    if (isChecked(policy)) {
      throw new InvalidInput(
          "The practice has already checked this policy: send your new card as a new policy");
    }
    inputs.check(details, clock, NOT_SAVED, Map.of());
    policy.resubmit(details, caller.email(), onBehalf, clock.instant());
    policy.attachCards(
        keep(caller, clientId, front, "front"), keep(caller, clientId, back, "back"));
    record(caller, clientId, onBehalf, AuditAction.INSURANCE_SUBMITTED, subject(policy));
    return policy.view();
  }

  /**
   * Adds a photo of one side of the card to a policy: by staff at any time, by the client while the
   * practice has not put the policy in use (a policy sent back for a correction then goes back to
   * the practice).
   *
   * @param front the front of the card, or else the back
   */
  @Transactional
  public InsurancePolicyView attachCard(
      Caller caller, UUID clientId, UUID policyId, boolean front, CardPhoto photo) {
    boolean onBehalf = requireAccess(caller, clientId);
    InsurancePolicy policy = find(clientId, policyId);
    if (onBehalf && isChecked(policy)) {
      throw new InvalidInput(
          "The practice has already checked this policy: send your new card as a new policy");
    }
    if (photo == null || !photo.isPresent()) {
      throw new InvalidInput("Choose a photo of the card", Map.of("photo", "Choose a photo"));
    }
    UUID kept = keep(caller, clientId, photo, front ? "front" : "back");
    policy.attachCards(front ? kept : null, front ? null : kept);
    if (onBehalf) {
      policy.returnForCheck(caller.email(), true, clock.instant());
    }
    record(caller, clientId, onBehalf, AuditAction.INSURANCE_SUBMITTED, subject(policy));
    return policy.view();
  }

  /**
   * Staff's check of a policy: the details as corrected, and its outcome. Only one policy per rank
   * is in use at a time; asking the client for a correction needs a note saying what.
   */
  @Transactional
  public InsurancePolicyView review(
      Caller caller,
      UUID clientId,
      UUID policyId,
      PolicyDetails corrected,
      PolicyStatus outcome,
      String note) {
    caller.require(Capability.BILLING, POLICY);
    requireClient(clientId);
    InsurancePolicy policy = find(clientId, policyId);
    Map<String, String> problems = new LinkedHashMap<>();
    String cleanNote = note == null ? "" : note.replaceAll("\\p{Cc}|\\p{Cf}", " ").strip();
    if (outcome == null || outcome == PolicyStatus.SUBMITTED) {
      problems.put("outcome", "Choose what becomes of the policy");
    } else if (outcome == PolicyStatus.NEEDS_CHANGES && cleanNote.isEmpty()) {
      problems.put("note", "Tell the client what to correct");
    }
    if (cleanNote.length() > InsurancePolicy.NOTE_LENGTH) {
      problems.put("note", "Use at most " + InsurancePolicy.NOTE_LENGTH + " characters");
    }
    if (outcome == PolicyStatus.ACTIVE
        && corrected != null
        && corrected.rank() != null
        && anotherInUse(clientId, policyId, corrected)) {
      problems.put(
          "rank",
          "The client already has a "
              + corrected.rank().label().toLowerCase(Locale.ROOT)
              + " policy in use: mark that one no longer in use first");
    }
    inputs.check(corrected, clock, "The policy was not checked", problems);
    policy.review(corrected, outcome, cleanNote, caller.email(), clock.instant());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INSURANCE_REVIEWED)
            .about(subject(policy) + " " + outcome.name().toLowerCase(Locale.ROOT)));
    return policy.view();
  }

  private static boolean isChecked(InsurancePolicy policy) {
    return policy.status() == PolicyStatus.ACTIVE || policy.status() == PolicyStatus.INACTIVE;
  }

  private boolean anotherInUse(UUID clientId, UUID policyId, PolicyDetails corrected) {
    return em.createQuery(
                "SELECT COUNT(p) FROM InsurancePolicy p WHERE p.clientId = :client"
                    + " AND p.rank = :rank AND p.status = :active AND p.id <> :policy",
                Long.class)
            .setParameter("client", clientId)
            .setParameter("rank", corrected.rank())
            .setParameter("active", PolicyStatus.ACTIVE)
            .setParameter("policy", policyId)
            .getSingleResult()
        > 0;
  }

  private UUID keep(Caller caller, UUID clientId, CardPhoto photo, String side) {
    if (photo == null || !photo.isPresent()) {
      return null;
    }
    return documents
        .keepInsuranceCard(
            caller, clientId, "Insurance card (" + side + ")", photo.fileName(), photo.content())
        .id();
  }

  private InsurancePolicy find(UUID clientId, UUID policyId) {
    InsurancePolicy policy = policyId == null ? null : em.find(InsurancePolicy.class, policyId);
    if (policy == null || !policy.clientId().equals(clientId)) {
      throw new NotFound(POLICY);
    }
    return policy;
  }

  /**
   * Staff of the practice (any may read; the check needs billing), or a portal login whose link to
   * the client stands and permits billing.
   *
   * @return whether the caller acts on the client's behalf (a portal login)
   */
  private boolean requireAccess(Caller caller, UUID clientId) {
    if (caller.isStaff()) {
      requireClient(clientId);
      return false;
    }
    if (caller.kind() == Caller.Kind.PORTAL && clientId != null) {
      network.getProfile(caller, clientId, ContactPermission.BILLING);
      return true;
    }
    throw new NotFound(CLIENT);
  }

  private void requireClient(UUID clientId) {
    if (clientId == null || clients.findIdentity(clientId).isEmpty()) {
      throw new NotFound(CLIENT);
    }
  }

  private void record(
      Caller caller, UUID clientId, boolean onBehalf, AuditAction action, String subject) {
    AuditRecord record = AuditRecord.success(caller.email(), action).about(subject);
    audit.record(onBehalf ? record.onBehalfOf("client " + clientId) : record);
  }

  private static String subject(InsurancePolicy policy) {
    return "insurance policy " + policy.id() + " of client " + policy.clientId();
  }
}
