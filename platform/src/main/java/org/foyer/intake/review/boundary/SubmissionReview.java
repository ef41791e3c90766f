package org.foyer.intake.review.boundary;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.foyer.forms.answers.Answers;
import org.foyer.forms.populate.PrefillChange;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.entity.IntakeAssignment;
import org.foyer.intake.entity.PdfReady;
import org.foyer.intake.review.control.CompletedPdfs;
import org.foyer.intake.review.control.PdfHeadings;

/**
 * Staff's side of submitted forms: the forms per client with status and scores, the list awaiting
 * acknowledgment, one submission with its answers, scores, signatures and the pre-filled answers
 * the client changed (each can be taken into the record), and acknowledgment, which renders the
 * completed PDF for General Documents and, with a packet's last form, the whole packet's PDF. Any
 * staff member may review, as any may open a client record; reads are audited. Non-staff and
 * another practice's ids meet {@link NotFound}.
 */
@ApplicationScoped
public class SubmissionReview {

  static final Locale LOCALE = Locale.ENGLISH;

  private EntityManager em;
  private IntakeEngine intake;
  private ClientRecords records;
  private AuditLog audit;
  private Event<PdfReady> pdfs;
  private Clock clock;
  private CompletedPdfs completed;
  private PdfHeadings headings;

  protected SubmissionReview() {}

  @Inject
  public SubmissionReview(
      EntityManager em,
      IntakeEngine intake,
      ClientRecords records,
      PdfHeadings headings,
      AuditLog audit,
      Event<PdfReady> pdfs,
      Clock clock) {
    this.em = em;
    this.intake = intake;
    this.records = records;
    this.audit = audit;
    this.pdfs = pdfs;
    this.clock = clock;
    this.completed = new CompletedPdfs(em, intake, headings, LOCALE);
    this.headings = headings;
  }

  /** The client's forms, newest sending first, with status, scores and flags. */
  @Transactional(readOnly = true)
  public List<ReviewViews.ClientForm> listForClient(Caller caller, UUID clientId) {
    ClientIdentity client = client(caller, clientId);
    Map<UUID, String> sendings = new HashMap<>();
    em.createQuery("SELECT a FROM IntakeAssignment a WHERE a.clientId = :c", IntakeAssignment.class)
        .setParameter("c", client.id())
        .getResultList()
        .forEach(a -> sendings.put(a.id(), a.title()));
    return em.createQuery(
            "SELECT f FROM AssignedForm f WHERE f.clientId = :c"
                + " ORDER BY f.sentAt DESC, f.assignmentId, f.position",
            AssignedForm.class)
        .setParameter("c", client.id())
        .getResultStream()
        .map(
            f ->
                new ReviewViews.ClientForm(
                    f.id(),
                    f.assignmentId(),
                    sendings.get(f.assignmentId()),
                    f.title(),
                    f.status(),
                    f.sentAt(),
                    f.submittedAt().orElse(null),
                    IntakeEngine.scores(f.scoresJson().orElse(null)),
                    f.flagged(),
                    f.withdrawnBy().orElse(null),
                    f.withdrawnAt().orElse(null),
                    f.confidentialFromGuardians()))
        .toList();
  }

  /** Submitted forms not yet acknowledged, flagged ones first, then oldest first. */
  @Transactional(readOnly = true)
  public List<ReviewViews.Awaiting> listAwaiting(Caller caller) {
    requireStaff(caller);
    List<AssignedForm> forms =
        em.createQuery(
                "SELECT f FROM AssignedForm f WHERE f.status = :submitted"
                    + " ORDER BY f.flagged DESC, f.submittedAt",
                AssignedForm.class)
            .setParameter("submitted", FormStatus.SUBMITTED)
            .setMaxResults(500)
            .getResultList();
    Map<UUID, ClientIdentity> clients =
        records.findIdentities(forms.stream().map(AssignedForm::clientId).collect(toSet()));
    return forms.stream()
        .filter(f -> clients.containsKey(f.clientId()))
        .map(
            f ->
                new ReviewViews.Awaiting(
                    f.id(),
                    f.clientId(),
                    clients.get(f.clientId()).displayName(),
                    f.title(),
                    f.submittedAt().orElse(null),
                    f.flagged()))
        .toList();
  }

  /**
   * Clients with forms not yet submitted, the longest waiting first: how many are open and since
   * when, so staff can nudge or help.
   */
  @Transactional(readOnly = true)
  public List<ReviewViews.Outstanding> listOutstanding(Caller caller) {
    requireStaff(caller);
    List<FormStatus> open = Arrays.stream(FormStatus.values()).filter(FormStatus::isOpen).toList();
    List<Object[]> rows =
        em.createQuery(
                "SELECT f.clientId, COUNT(f), MIN(f.sentAt) FROM AssignedForm f"
                    + " WHERE f.status IN :open GROUP BY f.clientId ORDER BY MIN(f.sentAt)",
                Object[].class)
            .setParameter("open", open)
            .setMaxResults(200)
            .getResultList();
    Map<UUID, ClientIdentity> clients =
        records.findIdentities(rows.stream().map(row -> (UUID) row[0]).collect(toSet()));
    return rows.stream()
        .map(
            row ->
                new ReviewViews.Outstanding(
                    (UUID) row[0],
                    clients.get((UUID) row[0]).displayName(),
                    ((Number) row[1]).intValue(),
                    (Instant) row[2]))
        .toList();
  }

  /** One submitted form; the read is audited. */
  @Transactional
  public ReviewViews.Submission getSubmission(Caller caller, UUID formId) {
    AssignedForm form = submitted(caller, formId, false);
    record(caller, AuditAction.INTAKE_SUBMISSION_READ, form, "read");
    return view(form);
  }

  /**
   * The files a submission's answers refer to (card photos), for links to their audited download
   * through General Documents.
   */
  @Transactional(readOnly = true)
  public List<AnswerLines.Attached> listAttachments(Caller caller, UUID formId) {
    AssignedForm form = submitted(caller, formId, false);
    return AnswerLines.attachments(
        intake.definitionOf(form), Answers.parse(form.submittedAnswers().orElseThrow()), LOCALE);
  }

  /** Copies the client's changed answer of one pre-filled field into the client record. */
  @Transactional
  public ReviewViews.Submission takeIntoRecord(Caller caller, UUID formId, String field) {
    AssignedForm form = submitted(caller, formId, true);
    PrefillChange change =
        IntakeEngine.changes(form.prefillChangesJson().orElse(null)).stream()
            .filter(c -> c.field().equals(field))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "The client did not change that answer",
                        Map.of("field", "is not a changed pre-filled answer")));
    records.takeFact(caller, form.clientId(), change.fact(), change.answered());
    form.prefillTaken(field);
    record(
        caller, AuditAction.INTAKE_PREFILL_TAKEN, form, "answer " + field + " taken into record");
    return view(form);
  }

  /**
   * Acknowledges the form: its completed PDF (answers, scores, signature certificate) is handed to
   * General Documents, and when it is the last open form of a packet, the packet's PDF too.
   */
  @Transactional
  public ReviewViews.Submission acknowledge(Caller caller, UUID formId) {
    AssignedForm form = submitted(caller, formId, true);
    Instant now = clock.instant();
    form.acknowledge(caller.email(), now);
    pdfs.fire(
        new PdfReady(
            form.clientId(),
            false,
            form.title(),
            CompletedPdfs.fileName(form.title()),
            completed.of(form),
            caller.email(),
            form.confidentialFromGuardians()));
    IntakeAssignment assignment = em.find(IntakeAssignment.class, form.assignmentId());
    List<AssignedForm> all = formsOf(assignment);
    if (assignment.isPacket()
        && assignment.packetFiledAt().isEmpty()
        && all.stream().allMatch(f -> f.status() == FormStatus.ACKNOWLEDGED)) {
      pdfs.fire(
          new PdfReady(
              assignment.clientId(),
              true,
              assignment.title(),
              CompletedPdfs.fileName(assignment.title()),
              completed.ofPacket(all),
              caller.email(),
              all.stream().anyMatch(AssignedForm::confidentialFromGuardians)));
      assignment.packetFiled(now);
    }
    record(caller, AuditAction.INTAKE_ACKNOWLEDGED, form, "acknowledged");
    return view(form);
  }

  /** The completed form as PDF (for download); the read is audited. */
  @Transactional
  public byte[] getCompletedPdf(Caller caller, UUID formId) {
    AssignedForm form = submitted(caller, formId, false);
    if (form.status() == FormStatus.AWAITING_SIGNATURE) {
      throw new Conflict("\"" + form.title() + "\" is still waiting for a signature");
    }
    record(caller, AuditAction.INTAKE_SUBMISSION_READ, form, "PDF read");
    return completed.of(form);
  }

  private ReviewViews.Submission view(AssignedForm form) {
    ClientIdentity client = records.getIdentity(form.clientId());
    return ReviewViews.submission(
        form, client, headings.submitter(form, client), intake.definitionOf(form), LOCALE);
  }

  private List<AssignedForm> formsOf(IntakeAssignment assignment) {
    return em.createQuery(
            "SELECT f FROM AssignedForm f WHERE f.assignmentId = :a ORDER BY f.position",
            AssignedForm.class)
        .setParameter("a", assignment.id())
        .getResultList();
  }

  private AssignedForm submitted(Caller caller, UUID formId, boolean lock) {
    requireStaff(caller);
    AssignedForm form =
        formId == null
            ? null
            : lock
                ? em.find(AssignedForm.class, formId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AssignedForm.class, formId);
    if (form == null || form.status().isOpen()) {
      throw new NotFound("That submission");
    }
    return form;
  }

  private ClientIdentity client(Caller caller, UUID clientId) {
    requireStaff(caller);
    return records.getIdentity(clientId);
  }

  private void record(Caller caller, AuditAction action, AssignedForm form, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action)
            .about("client " + form.clientId() + " form " + form.id() + " " + what));
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound("That submission");
    }
  }
}
