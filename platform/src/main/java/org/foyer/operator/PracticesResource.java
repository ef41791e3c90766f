package org.foyer.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The operator's practice registry. */
@Path("operator/practices")
@RequestScoped
public class PracticesResource {

  @Inject OperatorAccess access;
  @Inject PracticeOnboarding onboarding;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a practice with its first organization administrator")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The practice was created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PracticeCreated.class)))
  public Response create(
      @HeaderParam("Authorization") String authorization, NewPracticeRequest request) {
    access.check(authorization);
    PracticeCreated created = PracticeCreated.of(onboarding.create(request));
    return Response.created(URI.create(created.signIn())).entity(created).build();
  }
}
