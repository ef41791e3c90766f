package org.foyer.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.staff.PracticeRegistration.NewPractice;

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
  public Response create(
      @HeaderParam("Authorization") String authorization, NewPracticeRequest request) {
    access.check(authorization);
    NewPractice created = onboarding.create(request);
    String slug = created.practice().slug().value();
    return Response.created(URI.create("/p/" + slug + "/login"))
        .entity(
            Json.createObjectBuilder()
                .add("id", created.practice().tenantId().toString())
                .add("slug", slug)
                .add("name", created.practice().name())
                .add("administrator", created.administrator().email())
                .add("administratorId", created.administrator().id().toString())
                .add("signIn", "/p/" + slug + "/login")
                .build()
                .toString())
        .build();
  }
}
