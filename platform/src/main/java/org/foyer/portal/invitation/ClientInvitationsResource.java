package org.foyer.portal.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.portal.account.Relationship;

/** Inviting a client, or a contact acting for them, to the portal. */
@Path("p/{slug}/clients/{id}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientInvitationsResource {

  @Inject ClientInvitations invitations;
  @Inject Caller caller;

  /**
   * The invitation's body.
   *
   * @param relationship SELF, PARENT, GUARDIAN, SPOUSE_OR_PARTNER, EMERGENCY_CONTACT,
   *     RESPONSIBLE_PARTY or CUSTOM
   */
  public record InvitationRequest(String email, String relationship) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite the client, or a contact acting for them, to the portal")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The invitation was sent",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvitationSent.class)))
  public Response invite(@PathParam("id") ClientId id, InvitationRequest request) {
    if (request == null) {
      throw new InvalidInput("Send the invitation as a JSON object with email and relationship");
    }
    InvitationSent sent =
        invitations.invite(caller, id.value(), request.email(), relationship(request));
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  private static Relationship relationship(InvitationRequest request) {
    if (request.relationship() == null) {
      return null;
    }
    try {
      return Relationship.valueOf(request.relationship().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "The invitation cannot be sent",
          Map.of(
              "relationship",
              "Use SELF, PARENT, GUARDIAN, SPOUSE_OR_PARTNER, EMERGENCY_CONTACT,"
                  + " RESPONSIBLE_PARTY or CUSTOM"));
    }
  }
}
