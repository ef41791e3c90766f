package org.foyer.diagnoses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.diagnoses.DiagnosisId;
import org.foyer.diagnoses.DiagnosisInput;
import org.foyer.diagnoses.DiagnosisView;

/** A client's diagnoses (ICD-10-CM), for their clinician and staff with "billing". */
@Path("p/{slug}/clients/{id}/diagnoses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientDiagnosesResource {

  @Inject Diagnoses diagnoses;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The client's standing diagnoses, oldest first (the read is audited)")
  public List<DiagnosisView> list(@PathParam("id") ClientId id) {
    return diagnoses.list(caller, id.value());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an ICD-10-CM code with its words; a code already listed answers 400")
  @APIResponse(
      responseCode = "201",
      description = "The diagnosis was added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DiagnosisView.class)))
  public Response add(@PathParam("id") ClientId id, DiagnosisInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(diagnoses.add(caller, id.value(), input))
        .build();
  }

  @DELETE
  @Path("{diagnosisId}")
  @Operation(summary = "Remove a diagnosis; it stays in the history with who removed it and when")
  @APIResponse(responseCode = "204", description = "The diagnosis was removed")
  public Response remove(
      @PathParam("id") ClientId id, @PathParam("diagnosisId") DiagnosisId diagnosis) {
    diagnoses.remove(caller, id.value(), diagnosis.value());
    return Response.noContent().build();
  }
}
