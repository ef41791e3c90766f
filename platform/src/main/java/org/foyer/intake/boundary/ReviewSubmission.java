package org.foyer.intake.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;

/** The review page of one submission ({@code /staff/intake-submission?id=}). */
@Named
@ViewScoped
public class ReviewSubmission implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SubmissionReview review;
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
