package org.foyer.intake.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;

/** One form in a list: what it is, where it stands and when. */
public record FormSummary(
    UUID id,
    UUID assignmentId,
    String title,
    FormStatus status,
    Instant sentAt,
    Instant draftSavedAt,
    Instant submittedAt) {

  static FormSummary of(AssignedForm form) {
    return new FormSummary(
        form.id(),
        form.assignmentId(),
        form.title(),
        form.status(),
        form.sentAt(),
        form.draftSavedAt().orElse(null),
        form.submittedAt().orElse(null));
  }

  public String statusLabel() {
    return status.label();
  }
}
