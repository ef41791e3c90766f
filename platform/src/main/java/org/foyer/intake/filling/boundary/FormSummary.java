package org.foyer.intake.filling.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.signing.entity.Signatory;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/**
 * One form in a list: what it is, where it stands, when, and about how long it takes. A form signed
 * by several people also says whose signature it waits for, and whether that is the reader's.
 *
 * @param waitingFor the next signer's name while the form awaits a later signature, else null
 * @param yourTurn whether the reader is the signer the form waits for
 */
public record FormSummary(
    UUID id,
    UUID assignmentId,
    String title,
    FormStatus status,
    Instant sentAt,
    Instant draftSavedAt,
    Instant submittedAt,
    int estimatedMinutes,
    String waitingFor,
    boolean yourTurn) {

  static FormSummary of(AssignedForm form, int estimatedMinutes) {
    return of(form, estimatedMinutes, null);
  }

  static FormSummary of(AssignedForm form, int estimatedMinutes, Signatory reader) {
    String waitingFor = null;
    boolean yourTurn = false;
    SigningPlan plan = form.signingPlan().orElse(null);
    if (plan != null && form.status() == FormStatus.AWAITING_SIGNATURE) {
      waitingFor = plan.next().map(SigningStep::name).orElse(null);
      yourTurn = reader != null && plan.isNext(reader);
    } else if (plan != null && reader != null && form.status().isOpen()) {
      // A later signer waits for the first one to fill the form in and sign it.
      waitingFor =
          plan.next()
              .filter(step -> step.role().inPortal() && !step.mayBeSignedBy(reader))
              .map(SigningStep::name)
              .orElse(null);
    }
    return new FormSummary(
        form.id(),
        form.assignmentId(),
        form.title(),
        form.status(),
        form.sentAt(),
        form.draftSavedAt().orElse(null),
        form.submittedAt().orElse(null),
        estimatedMinutes,
        waitingFor,
        yourTurn);
  }

  /** Whether the form waits for the reader: to be filled in, or for their signature. */
  public boolean needsYou() {
    return (status.isOpen() && waitingFor == null) || yourTurn;
  }

  public String statusLabel() {
    return status.label();
  }

  /** Where the form stands, in the client's words. */
  public String portalStatus() {
    if (status.isOpen() && waitingFor != null) {
      return "Waiting for " + waitingFor + " to sign first";
    }
    return switch (status) {
      case OUTSTANDING -> "Not started";
      case IN_PROGRESS -> "Started, not sent yet";
      case AWAITING_SIGNATURE ->
          yourTurn ? "Ready for your signature" : "Waiting for " + waitingFor + " to sign";
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
    if (status.isOpen() && waitingFor != null) {
      return "View";
    }
    return switch (status) {
      case OUTSTANDING -> "Start";
      case IN_PROGRESS -> "Continue";
      case AWAITING_SIGNATURE -> yourTurn ? "Review and sign" : "View";
      default -> "View";
    };
  }
}
