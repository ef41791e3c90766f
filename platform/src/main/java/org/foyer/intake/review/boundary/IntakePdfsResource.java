package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.intake.entity.IntakeFormId;

/** PDFs of forms sent to clients, for staff: a submission as completed, or the blank form. */
@Path("p/{slug}/intake/forms/{id}")
@RequestScoped
public class IntakePdfsResource {

  @Inject SubmissionReview review;
  @Inject PaperForms paper;
  @Inject Caller caller;

  @GET
  @Path("pdf")
  @Operation(summary = "The completed form as PDF, with its signature certificate (audited)")
  public Response completed(@PathParam("id") IntakeFormId id) {
    return pdf(review.getCompletedPdf(caller, id.value()), "completed-form.pdf");
  }

  @GET
  @Path("blank.pdf")
  @Operation(summary = "The blank form, to print for paper")
  public Response blank(@PathParam("id") IntakeFormId id) {
    return pdf(paper.getBlankPdf(caller, id.value()), "blank-form.pdf");
  }

  static Response pdf(byte[] content, String name) {
    return Response.ok(content, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
