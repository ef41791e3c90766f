package org.foyer.intake.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.control.IntakeEngine.FlagLine;
import org.foyer.intake.control.IntakeEngine.ScoreLine;
import org.foyer.intake.entity.FormStatus;

/** What staff see of clients' forms: per client, awaiting review, and one submission. */
public final class ReviewViews {

  private ReviewViews() {}

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
      boolean flagged) {

    public String statusLabel() {
      return status.label();
    }

    public boolean isOpen() {
      return status.isOpen();
    }

    public boolean isReceived() {
      return !status.isOpen();
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

  /** A pre-filled answer the client changed, and whether staff took it into the record. */
  public record Change(
      String field,
      String label,
      String prefilled,
      String answered,
      boolean taken,
      boolean takeable) {}

  /** One submission as the review page shows it. */
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
      Instant acknowledgedAt) {

    public boolean isAcknowledged() {
      return status == FormStatus.ACKNOWLEDGED;
    }

    public boolean isFlagged() {
      return flags.stream().anyMatch(FlagLine::raised);
    }
  }
}
