package org.foyer.intake.review.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.control.RecordFacts;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.PrefillChange;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeEngine.FlagLine;
import org.foyer.intake.control.IntakeEngine.ScoreLine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.review.control.PdfHeadings;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/** What staff see of clients' forms: per client, awaiting review, and one submission. */
public final class ReviewViews {

  private ReviewViews() {}

  /** One submitted form as staff review it, answers labelled in the locale. */
  static Submission submission(
      AssignedForm form,
      ClientIdentity client,
      PdfHeadings.Submitter submitter,
      FormDefinition definition,
      Locale locale) {
    Answers answers = Answers.parse(form.submittedAnswers().orElseThrow());
    Set<String> taken = form.takenPrefills();
    List<Change> changes = new ArrayList<>();
    for (PrefillChange c : IntakeEngine.changes(form.prefillChangesJson().orElse(null))) {
      String label =
          definition.findField(c.field()).map(f -> f.label().text(locale)).orElse(c.field());
      changes.add(
          new Change(
              c.field(),
              label,
              c.prefilled(),
              c.answered(),
              taken.contains(c.field()),
              RecordFacts.takeable(c.fact())));
    }
    String scores = form.scoresJson().orElse(null);
    SigningStep waitingFor =
        form.status() == FormStatus.AWAITING_SIGNATURE
            ? form.signingPlan().flatMap(SigningPlan::next).orElse(null)
            : null;
    return new Submission(
        form.id(),
        client.id(),
        client.displayName(),
        form.title(),
        form.status(),
        form.formVersion(),
        form.definitionSha256(),
        form.submittedAt().orElse(null),
        submitter.name(),
        submitter.onBehalfOf(),
        AnswerLines.of(definition, answers, locale),
        IntakeEngine.scores(scores),
        IntakeEngine.flags(scores),
        IntakeEngine.signatures(form.signaturesJson().orElse(null)),
        changes,
        form.acknowledgedBy().orElse(null),
        form.acknowledgedAt().orElse(null),
        waitingFor,
        waitingFor == null ? null : intentOf(definition, waitingFor.field(), locale));
  }

  /** What the signer of a field agrees to: its help text, else its label. */
  private static String intentOf(FormDefinition definition, String field, Locale locale) {
    return definition
        .findField(field)
        .map(f -> f.help().text(locale).isBlank() ? f.label().text(locale) : f.help().text(locale))
        .orElse("");
  }

  /** One form on the client page. */
  public record ClientForm(
      UUID id,
      UUID assignmentId,
      String sending,
      String title,
      FormStatus status,
      Instant sentAt,
      Instant submittedAt,
      List<ScoreLine> scores,
      boolean flagged,
      String withdrawnBy,
      Instant withdrawnAt,
      boolean confidentialFromGuardians) {

    public String statusLabel() {
      return status.label();
    }

    public boolean isOpen() {
      return status.isOpen();
    }

    public boolean isReceived() {
      return status == FormStatus.SUBMITTED || status == FormStatus.ACKNOWLEDGED;
    }

    public boolean isWithdrawn() {
      return status == FormStatus.WITHDRAWN;
    }

    /** Answered and signed by some, waiting for a later signer (the clinician, perhaps). */
    public boolean isAwaitingSignature() {
      return status == FormStatus.AWAITING_SIGNATURE;
    }
  }

  /** A submitted form awaiting acknowledgment. */
  public record Awaiting(
      UUID formId,
      UUID clientId,
      String clientName,
      String title,
      Instant submittedAt,
      boolean flagged) {}

  /** A client with forms still open: how many, and since when the oldest was sent. */
  public record Outstanding(UUID clientId, String clientName, int openForms, Instant since) {}

  /** A pre-filled answer the client changed, and whether staff took it into the record. */
  public record Change(
      String field,
      String label,
      String prefilled,
      String answered,
      boolean taken,
      boolean takeable) {}

  /**
   * One submission as the review page shows it; {@code submittedBy} and {@code onBehalfOf} are
   * names, not addresses or ids.
   */
  public record Submission(
      UUID id,
      UUID clientId,
      String clientName,
      String title,
      FormStatus status,
      int formVersion,
      String definitionSha256,
      Instant submittedAt,
      String submittedBy,
      String onBehalfOf,
      List<AnswerLines.Line> answers,
      List<ScoreLine> scores,
      List<FlagLine> flags,
      List<SignatureRecord> signatures,
      List<Change> changes,
      String acknowledgedBy,
      Instant acknowledgedAt,
      SigningStep waitingFor,
      String waitingIntent) {

    public boolean isAcknowledged() {
      return status == FormStatus.ACKNOWLEDGED;
    }

    /** Whether the form waits for a later signer; {@code waitingFor} names them. */
    public boolean isAwaitingSignature() {
      return waitingFor != null;
    }

    /** Whether the next signature is staff's countersignature, given on the review page. */
    public boolean isAwaitingCountersignature() {
      return waitingFor != null && !waitingFor.role().inPortal();
    }

    public boolean isFlagged() {
      return flags.stream().anyMatch(FlagLine::raised);
    }
  }
}
