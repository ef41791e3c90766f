package org.foyer.intake.review.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.guard.CsrfGuard;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.intake.filling.boundary.FormFilling;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.intake.signing.boundary.CountersignaturesResource;
import org.foyer.intake.signing.boundary.Countersigning;

/** The review page of one submission ({@code /staff/intake-submission?id=}). */
@Named
@ViewScoped
public class ReviewSubmission implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String COUNTERSIGNATURE = "countersignature";

  @Inject transient SubmissionReview review;
  @Inject transient Countersigning countersigning;
  @Inject transient Caller caller;
  @Inject transient CurrentPractice practice;

  private String id;
  private ReviewViews.Submission submission;
  private java.util.List<AttachedLink> attachments;

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback() || submission != null) {
      return;
    }
    try {
      submission = review.getSubmission(caller, UUID.fromString(id == null ? "" : id));
    } catch (NotFound | IllegalArgumentException e) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
    }
  }

  public void acknowledge() {
    PageMessages.LISTED.report(
        () -> {
          submission = review.acknowledge(caller, submission.id());
          return "Acknowledged; the completed form is filed in General Documents.";
        });
  }

  /**
   * The clinician's countersignature from the page's signature block: the typed name, and the drawn
   * signature the pad stored (by reference) before the post.
   */
  public void countersign() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> posted = external.getRequestParameterMap();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    PageMessages.LISTED.report(
        () -> {
          countersigning.countersign(
              caller,
              submission.id(),
              posted.get(COUNTERSIGNATURE + ".typedName"),
              CountersignaturesResource.drawn(
                  posted.get(COUNTERSIGNATURE + ".ref"), posted.get(COUNTERSIGNATURE + ".sha256")),
              new SigningContext(
                  request.getRemoteAddr(), request.getHeader("User-Agent"), FormFilling.locale()));
          submission = review.getSubmission(caller, submission.id());
          return submission.isAwaitingSignature()
              ? "Countersigned; the form now waits for " + submission.waitingFor().name() + "."
              : "Countersigned; the form is submitted and ready to acknowledge.";
        });
  }

  /** The name the countersignature's inputs share, as the engine's pad script expects. */
  public String getCountersignature() {
    return COUNTERSIGNATURE;
  }

  public String getCountersignatureUploadUrl() {
    return submission == null
        ? ""
        : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/api/p/"
            + practice.getSlug()
            + "/intake/countersignatures/"
            + submission.id()
            + "/signature";
  }

  /** The session's CSRF token, which the pad script sends with the drawn signature. */
  public String getCsrf() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return CsrfGuard.tokenOf(request.getSession(true));
  }

  public void take(String field) {
    PageMessages.LISTED.report(
        () -> {
          submission = review.takeIntoRecord(caller, submission.id(), field);
          return "The client record now holds the client's answer.";
        });
  }

  public String getPdfUrl() {
    return submission == null
        ? ""
        : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/api/p/"
            + practice.getSlug()
            + "/intake/forms/"
            + submission.id()
            + "/pdf";
  }

  /** A file the client attached, linked to its audited download in General Documents. */
  public record AttachedLink(String label, String fileName, String href) implements Serializable {}

  public java.util.List<AttachedLink> getAttachments() {
    if (submission == null) {
      return java.util.List.of();
    }
    if (attachments == null) {
      String documents =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
              + "/api/p/"
              + practice.getSlug()
              + "/clients/"
              + submission.clientId()
              + "/documents/";
      attachments =
          review.listAttachments(caller, submission.id()).stream()
              .map(a -> new AttachedLink(a.label(), a.fileName(), documents + a.documentId()))
              .toList();
    }
    return attachments;
  }

  public ReviewViews.Submission getSubmission() {
    return submission;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
