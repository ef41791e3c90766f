package org.foyer.intake.entity;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.forms.json.Json;
import org.foyer.intake.signing.entity.AlreadyReceived;
import org.foyer.intake.signing.entity.SigningPlan;

/**
 * One form sent to a client, pinned to the exact definition sent (its JSON and SHA-256 are kept in
 * its embedded {@link SentDefinition}, so a later version or an uninstalled pack never changes what
 * the client answers). It moves OUTSTANDING, IN_PROGRESS (a draft saved), SUBMITTED (answers,
 * scores, signatures locked), then ACKNOWLEDGED by staff, unless staff WITHDRAW it while open; the
 * draft lives on the server so the client can resume anywhere.
 *
 * <p>A form signed by several people carries its {@link SigningPlan}: the first signer's submission
 * locks the answers and moves it to AWAITING_SIGNATURE, each later signature is added in turn, and
 * the last one submits it, from when on it follows the single-signer path (PDF, filing, review).
 */
@Entity
@Table(name = "intake_form")
public class AssignedForm extends TenantOwned {

  @Column(name = "assignment_id", nullable = false, updatable = false)
  private UUID assignmentId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Embedded private SentDefinition sent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private FormStatus status;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  /** Kept from the client's guardians: only staff and the client's own login see it. */
  @Column(name = "confidential_from_guardians", nullable = false)
  private boolean confidentialFromGuardians;

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  @Column(name = "draft_answers")
  private String draftAnswers;

  @Column(name = "draft_typed")
  private String draftTyped;

  @Column(name = "draft_saved_at")
  private Instant draftSavedAt;

  @Column(name = "submitted_answers")
  private String submittedAnswers;

  @Column(name = "scores_json")
  private String scoresJson;

  @Column(name = "signatures_json")
  private String signaturesJson;

  @Column(name = "prefill_changes_json")
  private String prefillChangesJson;

  @Column(name = "taken_prefills")
  private String takenPrefills;

  @Column(nullable = false)
  private boolean flagged;

  @Column(name = "submitted_by", length = 254)
  private String submittedBy;

  @Column(name = "submitted_on_behalf_of", length = 200)
  private String submittedOnBehalfOf;

  @Column(name = "submitted_from", length = 64)
  private String submittedFrom;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "acknowledged_by", length = 254)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "signing_plan")
  private String signingPlan;

  @Column(name = "withdrawn_by", length = 254)
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected AssignedForm() {}

  public AssignedForm(IntakeAssignment assignment, int position, PinnedForm form, Instant sentAt) {
    this.assignmentId = assignment.id();
    this.clientId = assignment.clientId();
    this.position = position;
    this.sent = new SentDefinition(form);
    this.status = FormStatus.OUTSTANDING;
    this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
  }

  /** Keeps the answers so far (and what was typed, converted or not) on the server. */
  public void saveDraft(String answersJson, String typedJson, Instant at) {
    requireOpen();
    draftAnswers = Objects.requireNonNull(answersJson, "answersJson");
    draftTyped = typedJson;
    draftSavedAt = Objects.requireNonNull(at, "at");
    status = FormStatus.IN_PROGRESS;
  }

  /** Locks the form with its submission; a second submission meets {@link AlreadyReceived}. */
  public void submit(Submission submission) {
    requireOpen();
    submittedAnswers = submission.answersJson();
    scoresJson = submission.scoresJson();
    signaturesJson = submission.signaturesJson();
    prefillChangesJson = submission.prefillChangesJson();
    flagged = submission.flagged();
    submittedBy = submission.submittedBy();
    submittedOnBehalfOf = submission.onBehalfOf();
    submittedFrom = submission.address();
    submittedAt = submission.at();
    draftAnswers = null;
    draftTyped = null;
    status = FormStatus.SUBMITTED;
  }

  /** Names who signs, in order; only before anyone has answered. */
  public void planSigning(SigningPlan plan) {
    if (status != FormStatus.OUTSTANDING || draftAnswers != null) {
      throw new IllegalStateException("the signers are named when the form is sent");
    }
    signingPlan = Json.store(Objects.requireNonNull(plan, "plan"));
  }

  public Optional<SigningPlan> signingPlan() {
    return Optional.ofNullable(signingPlan)
        .map(json -> Json.read(json, new TypeReference<SigningPlan>() {}));
  }

  /**
   * The first signer's submission of a form several people sign: the answers are locked with the
   * first signature, and the form waits for the next signer (or is submitted, when there is none).
   */
  public void submitFirstSignature(Submission submission, SigningPlan signed) {
    requireOpen();
    if (signed.isComplete()) {
      signingPlan = Json.store(signed);
      submit(submission);
      return;
    }
    submit(submission);
    signingPlan = Json.store(signed);
    submittedAt = null;
    status = FormStatus.AWAITING_SIGNATURE;
  }

  /**
   * A later signature, over the answers as locked: {@code answersJson} differs from them only in
   * the signature field this signer filled. The last signature submits the form.
   */
  public void addSignature(
      String answersJson, String signaturesJson, SigningPlan signed, Instant at) {
    if (status != FormStatus.AWAITING_SIGNATURE) {
      throw new AlreadyReceived(title());
    }
    submittedAnswers = Objects.requireNonNull(answersJson, "answersJson");
    this.signaturesJson = Objects.requireNonNull(signaturesJson, "signaturesJson");
    signingPlan = Json.store(signed);
    if (signed.isComplete()) {
      submittedAt = Objects.requireNonNull(at, "at");
      status = FormStatus.SUBMITTED;
    }
  }

  public void acknowledge(String by, Instant at) {
    if (status != FormStatus.SUBMITTED) {
      throw new org.foyer.core.errors.Conflict(
          status == FormStatus.ACKNOWLEDGED
              ? "\"" + title() + "\" is already acknowledged"
              : "\"" + title() + "\" has not been submitted yet");
    }
    acknowledgedBy = Objects.requireNonNull(by, "by");
    acknowledgedAt = Objects.requireNonNull(at, "at");
    status = FormStatus.ACKNOWLEDGED;
  }

  /**
   * Takes back a form sent by mistake: the client no longer sees it and cannot answer it. What the
   * client submitted is the practice's record and is never withdrawn.
   */
  public void withdraw(String by, Instant at) {
    if (status == FormStatus.AWAITING_SIGNATURE) {
      throw new org.foyer.core.errors.Conflict(
          "\""
              + title()
              + "\" was already signed by its first signer, so it cannot be withdrawn: it is part"
              + " of the client's record");
    }
    if (!status.isOpen()) {
      throw new org.foyer.core.errors.Conflict(
          status == FormStatus.WITHDRAWN
              ? "\"" + title() + "\" is already withdrawn"
              : "\""
                  + title()
                  + "\" was already submitted, so it cannot be withdrawn: it is part of the"
                  + " client's record");
    }
    withdrawnBy = Objects.requireNonNull(by, "by");
    withdrawnAt = Objects.requireNonNull(at, "at");
    draftAnswers = null;
    draftTyped = null;
    status = FormStatus.WITHDRAWN;
  }

  public void notified(Instant at) {
    notifiedAt = Objects.requireNonNull(at);
  }

  /** The next signer was told it is their turn: their reminders count from now, from none. */
  public void nextSignerTold(Instant at) {
    notifiedAt = Objects.requireNonNull(at);
    remindersSent = 0;
  }

  public void reminded(Instant at) {
    notifiedAt = Objects.requireNonNull(at);
    remindersSent++;
  }

  /** Records that staff took the client's change of this pre-filled field into the record. */
  public void prefillTaken(String field) {
    Set<String> taken = takenPrefills();
    taken.add(field);
    takenPrefills = Json.store(taken);
  }

  public Set<String> takenPrefills() {
    return takenPrefills == null
        ? new LinkedHashSet<>()
        : Json.read(takenPrefills, new TypeReference<LinkedHashSet<String>>() {});
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new AlreadyReceived(title());
    }
  }

  public UUID assignmentId() {
    return assignmentId;
  }

  public UUID clientId() {
    return clientId;
  }

  public int position() {
    return position;
  }

  public PacketItemSource source() {
    return sent.source();
  }

  public Optional<String> packKey() {
    return Optional.ofNullable(sent.packKey());
  }

  public String formKey() {
    return sent.formKey();
  }

  public int formVersion() {
    return sent.formVersion();
  }

  public Optional<UUID> practiceVersionId() {
    return Optional.ofNullable(sent.practiceVersionId());
  }

  public String title() {
    return sent.title();
  }

  public String definitionJson() {
    return sent.definitionJson();
  }

  public String definitionSha256() {
    return sent.definitionSha256();
  }

  public FormStatus status() {
    return status;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Optional<Instant> notifiedAt() {
    return Optional.ofNullable(notifiedAt);
  }

  public int remindersSent() {
    return remindersSent;
  }

  public Optional<String> draftAnswers() {
    return Optional.ofNullable(draftAnswers);
  }

  public Optional<String> draftTyped() {
    return Optional.ofNullable(draftTyped);
  }

  public Optional<Instant> draftSavedAt() {
    return Optional.ofNullable(draftSavedAt);
  }

  public Optional<String> submittedAnswers() {
    return Optional.ofNullable(submittedAnswers);
  }

  public Optional<String> scoresJson() {
    return Optional.ofNullable(scoresJson);
  }

  public Optional<String> signaturesJson() {
    return Optional.ofNullable(signaturesJson);
  }

  public Optional<String> prefillChangesJson() {
    return Optional.ofNullable(prefillChangesJson);
  }

  public boolean flagged() {
    return flagged;
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<String> submittedOnBehalfOf() {
    return Optional.ofNullable(submittedOnBehalfOf);
  }

  public Optional<String> submittedFrom() {
    return Optional.ofNullable(submittedFrom);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> acknowledgedBy() {
    return Optional.ofNullable(acknowledgedBy);
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  /**
   * Keeps the form from the client's guardians, or shows it to them again.
   *
   * @return whether this changed anything
   */
  public boolean keepFromGuardians(boolean confidential) {
    boolean changed = confidentialFromGuardians != confidential;
    confidentialFromGuardians = confidential;
    return changed;
  }

  public boolean confidentialFromGuardians() {
    return confidentialFromGuardians;
  }
}
