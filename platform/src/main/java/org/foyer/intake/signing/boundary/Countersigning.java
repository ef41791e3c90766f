package org.foyer.intake.signing.boundary;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.intake.signing.control.FormSigning;
import org.foyer.intake.signing.control.SigningTurns;
import org.foyer.intake.signing.entity.Signatory;
import org.foyer.intake.signing.entity.SignatureAwaited;
import org.foyer.intake.signing.entity.SignatureMark;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/**
 * The clinician's countersignature on a form several people sign: given on the staff review screen,
 * drawn (a PNG from the pointer-events pad) or typed, over the answers exactly as the client's side
 * signed them. Only a form whose next step is the clinician's can be countersigned; the last
 * signature submits the form, which then follows the usual path (review, PDF, filing). Non-staff
 * and another practice's ids meet {@link NotFound}.
 */
@ApplicationScoped
public class Countersigning {

  private EntityManager em;
  private IntakeEngine intake;
  private ClientRecords records;
  private AuditLog audit;
  private Event<FormSubmitted> submitted;
  private Event<SignatureAwaited> awaited;
  private Clock clock;
  private FormSigning signing;

  protected Countersigning() {}

  @Inject
  public Countersigning(
      EntityManager em,
      IntakeEngine intake,
      ClientRecords records,
      AuditLog audit,
      Event<FormSubmitted> submitted,
      Event<SignatureAwaited> awaited,
      Clock clock) {
    this.em = em;
    this.intake = intake;
    this.records = records;
    this.audit = audit;
    this.submitted = submitted;
    this.awaited = awaited;
    this.clock = clock;
    this.signing = new FormSigning(em, intake.engine());
  }

  /** A form waiting for staff's countersignature, for the staff home. */
  public record ToCountersign(UUID formId, UUID clientId, String clientName, String title) {}

  /** The forms whose next signature is the clinician's, oldest sending first. */
  @Transactional(readOnly = true)
  public List<ToCountersign> listAwaitingCountersignature(Caller caller) {
    if (!caller.isStaff()) {
      return List.of();
    }
    List<AssignedForm> forms =
        em.createQuery(
                "SELECT f FROM AssignedForm f WHERE f.status = :awaiting ORDER BY f.sentAt",
                AssignedForm.class)
            .setParameter("awaiting", FormStatus.AWAITING_SIGNATURE)
            .setMaxResults(500)
            .getResultStream()
            .filter(
                f ->
                    f.signingPlan()
                        .flatMap(SigningPlan::next)
                        .map(step -> !step.role().inPortal())
                        .orElse(false))
            .toList();
    Map<UUID, ClientIdentity> clients =
        records.findIdentities(forms.stream().map(AssignedForm::clientId).collect(toSet()));
    return forms.stream()
        .filter(f -> clients.containsKey(f.clientId()))
        .map(
            f ->
                new ToCountersign(
                    f.id(), f.clientId(), clients.get(f.clientId()).displayName(), f.title()))
        .toList();
  }

  /**
   * Stores the countersignature drawn on the review page's pad, for {@link #countersign} to refer
   * to by id and SHA-256, as the portal's drawn signatures are.
   */
  @Transactional
  public BlobRef storeDrawnSignature(Caller caller, UUID formId, byte[] png, String address) {
    AssignedForm form = awaiting(caller, formId);
    form.signingPlan().orElseThrow().requireNext(Signatory.staff(), form.title());
    SignatureMark mark = SignatureMark.drawn(form.id(), png, clock.instant());
    em.persist(mark);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_SIGNATURE_DRAWN)
            .about("client " + form.clientId() + " form " + form.id() + " countersignature drawn")
            .from(address));
    return mark.ref();
  }

  /**
   * Adds the caller's countersignature.
   *
   * @param drawn the drawn signature stored before, or null when the clinician signs by typing
   *     their name; a reference to anything but a drawn mark of this form counts as typed
   */
  @Transactional
  public void countersign(
      Caller caller, UUID formId, String typedName, BlobRef drawn, SigningContext context) {
    AssignedForm form = awaiting(caller, formId);
    SigningPlan plan = form.signingPlan().orElseThrow();
    SigningStep step = plan.requireNext(Signatory.staff(), form.title());
    String typed = typedName == null ? "" : typedName.strip();
    if (typed.isEmpty() || typed.length() > FormSigning.TYPED_NAME_LENGTH) {
      throw new InvalidInput(
          "Type your full name to countersign", Map.of("typedName", "type your full name"));
    }
    Instant now = clock.instant();
    Map<String, List<String>> posted =
        drawn == null
            ? Map.of()
            : Map.of(
                step.field() + ".ref", List.of(drawn.ref()),
                step.field() + ".sha256", List.of(drawn.sha256()));
    try {
      new SigningTurns(signing)
          .signInTurn(
              form,
              intake.definitionOf(form),
              Signatory.staff(),
              typed,
              posted,
              new FormSigning.Signer(
                  caller.email(),
                  null,
                  now,
                  context.address(),
                  context.userAgent(),
                  context.locale()));
    } catch (SignatureRefused e) {
      throw new InvalidInput(e.getMessage(), Map.of("typedName", e.getMessage()));
    }
    em.flush();
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_SIGNED)
            .about("client " + form.clientId() + " form " + form.id() + " countersigned")
            .from(context.address()));
    if (form.status() == FormStatus.SUBMITTED) {
      submitted.fire(new FormSubmitted(form.clientId(), form.id(), form.flagged()));
    } else {
      awaited.fire(new SignatureAwaited(form.clientId(), form.id()));
    }
  }

  /** The form, locked, when it waits for a signature; staff only, else not found. */
  private AssignedForm awaiting(Caller caller, UUID formId) {
    if (!caller.isStaff()) {
      throw new NotFound("That submission");
    }
    AssignedForm form =
        formId == null ? null : em.find(AssignedForm.class, formId, LockModeType.PESSIMISTIC_WRITE);
    if (form == null || form.status().isOpen() || form.status() == FormStatus.WITHDRAWN) {
      throw new NotFound("That submission");
    }
    if (form.status() != FormStatus.AWAITING_SIGNATURE) {
      throw new Conflict("\"" + form.title() + "\" is not waiting for a countersignature");
    }
    return form;
  }
}
