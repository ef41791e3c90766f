package org.foyer.intake.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;

/** One form in a list: what it is, where it stands, when, and about how long it takes. */
public record FormSummary(
    UUID id,
    UUID assignmentId,
    String title,
    FormStatus status,
    Instant sentAt,
    Instant draftSavedAt,
    Instant submittedAt,
    int estimatedMinutes) {

  static FormSummary of(AssignedForm form, int estimatedMinutes) {
    return new FormSummary(
        form.id(),
        form.assignmentId(),
        form.title(),
        form.status(),
        form.sentAt(),
        form.draftSavedAt().orElse(null),
        form.submittedAt().orElse(null),
        estimatedMinutes);
  }

  public String statusLabel() {
    return status.label();
  }

  /** Where the form stands, in the client's words. */
  public String portalStatus() {
    return switch (status) {
      case OUTSTANDING -> "Not started";
      case IN_PROGRESS -> "Started, not sent yet";
      case SUBMITTED -> "Sent to your practice";
      case ACKNOWLEDGED -> "Received by your practice";
      case WITHDRAWN -> "No longer needed";
    };
  }

  /** "About 3 minutes", for a form still to fill in. */
  public String estimate() {
    return "About " + estimatedMinutes + (estimatedMinutes == 1 ? " minute" : " minutes");
  }

  /** The card's button: start a new form, continue a draft, or look at what was sent. */
  public String action() {
    return switch (status) {
      case OUTSTANDING -> "Start";
      case IN_PROGRESS -> "Continue";
      default -> "View";
    };
  }
}
