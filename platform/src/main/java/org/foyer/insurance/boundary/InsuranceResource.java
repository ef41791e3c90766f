package org.foyer.insurance.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.rest.PortalAccess;
import org.foyer.insurance.CardPhoto;
import org.foyer.insurance.InsurancePolicyView;
import org.foyer.insurance.PolicyDetails;
import org.foyer.insurance.PolicyId;
import org.foyer.insurance.PolicyReview;

/**
 * A client's insurance policies: the client or a contact whose link permits billing enters and
 * corrects them, staff read them and staff with billing check them. Card photos travel as the
 * request body of their own address.
 */
@PortalAccess
@Path("p/{slug}/clients/{clientId}/insurance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InsuranceResource {

  @Inject InsurancePolicies policies;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The client's insurance policies, primary first (audited as a read)")
  public List<InsurancePolicyView> list(@PathParam("clientId") ClientId clientId) {
    return policies.list(caller, clientId.value());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a new policy; it waits for the practice to check it",
      description =
          "Every problem of the body is answered at once as a 400 with field errors; nothing is"
              + " kept then. Add the card photos with PUT .../{policyId}/card/front and /back.")
  public Response submit(@PathParam("clientId") ClientId clientId, PolicyDetails details) {
    InsurancePolicyView sent =
        policies.submit(caller, clientId.value(), InvalidInput.requireBody(details), null, null);
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @PUT
  @Path("{policyId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a policy the practice has not put in use yet")
  public InsurancePolicyView correct(
      @PathParam("clientId") ClientId clientId,
      @PathParam("policyId") PolicyId policyId,
      PolicyDetails details) {
    return policies.correct(
        caller, clientId.value(), policyId.value(), InvalidInput.requireBody(details), null, null);
  }

  @PUT
  @Path("{policyId}/card/{side}")
  @Consumes({"image/png", "image/jpeg", "application/pdf"})
  @Operation(
      summary =
          "Add a photo of the front or back of the card (PNG, JPEG or PDF, checked by content)")
  public InsurancePolicyView card(
      @PathParam("clientId") ClientId clientId,
      @PathParam("policyId") PolicyId policyId,
      @PathParam("side") String side,
      byte[] photo) {
    if (!"front".equals(side) && !"back".equals(side)) {
      throw new NotFound("That side of the card");
    }
    return policies.attachCard(
        caller,
        clientId.value(),
        policyId.value(),
        "front".equals(side),
        new CardPhoto("card-" + side, photo));
  }

  @POST
  @Path("{policyId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Check a policy (staff with billing): correct it and put it in use, send it back"
              + " with a note, or mark it no longer in use")
  public InsurancePolicyView review(
      @PathParam("clientId") ClientId clientId,
      @PathParam("policyId") PolicyId policyId,
      PolicyReview review) {
    PolicyReview body = InvalidInput.requireBody(review);
    return policies.review(
        caller, clientId.value(), policyId.value(), body.details(), body.outcome(), body.note());
  }
}
