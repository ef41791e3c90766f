package org.foyer.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;

/** The practice's audit chain check, for its organization administrators. */
@Path("p/{slug}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditReview review;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  @Path("verification")
  @Operation(summary = "Walk the audit chain and report the first broken link, if any")
  public ChainVerificationView verify() {
    return ChainVerificationView.of(review.verify(caller, request.getRemoteAddr()));
  }
}
