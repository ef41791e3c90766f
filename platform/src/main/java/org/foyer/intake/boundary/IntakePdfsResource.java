package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;

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
  public Response completed(@PathParam("id") String id) {
    return pdf(review.getCompletedPdf(caller, parse(id)), "completed-form.pdf");
  }

  @GET
  @Path("blank.pdf")
  @Operation(summary = "The blank form, to print for paper")
  public Response blank(@PathParam("id") String id) {
    return pdf(paper.getBlankPdf(caller, parse(id)), "blank-form.pdf");
  }

  static Response pdf(byte[] content, String name) {
    return Response.ok(content, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  static UUID parse(String id) {
    return parse(id, "That form");
  }

  static UUID parse(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound(what);
    }
  }
}
