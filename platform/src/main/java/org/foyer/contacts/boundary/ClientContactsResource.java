package org.foyer.contacts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.clients.boundary.ClientId;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactId;
import org.foyer.contacts.entity.ContactView;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.portal.invitation.InvitationSent;

/** A client's contacts, for the practice's staff. */
@Path("p/{slug}/clients/{id}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientContactsResource {

  @Inject ClientContacts contacts;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The client's contacts, by name (the read is audited)")
  public List<ContactView> list(@PathParam("id") ClientId id) {
    return contacts.listContacts(caller, id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a contact; without permissions, the relationship's defaults apply. An email the"
              + " practice knows finds that person; an existing contact of the client answers 409")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The contact was added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactView.class)))
  public Response add(@PathParam("id") ClientId id, ContactDetails details) {
    ContactView added = contacts.add(caller, id, required(details));
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @GET
  @Path("{contactId}")
  @Operation(summary = "One of the client's contacts (the read is audited)")
  public ContactView get(@PathParam("id") ClientId id, @PathParam("contactId") ContactId contact) {
    return contacts.getContact(caller, id, contact);
  }

  @PUT
  @Path("{contactId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a contact and what they may do (effective on their next request); without"
              + " permissions, they stay as they are")
  public ContactView change(
      @PathParam("id") ClientId id,
      @PathParam("contactId") ContactId contact,
      ContactDetails details) {
    return contacts.change(caller, id, contact, required(details));
  }

  @DELETE
  @Path("{contactId}")
  @Operation(summary = "Remove a contact from the client; their portal access for the client ends")
  @APIResponse(responseCode = "204", description = "The contact was removed")
  public Response remove(@PathParam("id") ClientId id, @PathParam("contactId") ContactId contact) {
    contacts.remove(caller, id, contact);
    return Response.noContent().build();
  }

  @POST
  @Path("{contactId}/invitations")
  @Operation(
      summary =
          "Invite the contact to the portal for this client, or send the invitation again; a"
              + " revoked contact is let in again")
  @APIResponse(
      responseCode = "201",
      description = "The invitation was sent",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvitationSent.class)))
  public Response invite(@PathParam("id") ClientId id, @PathParam("contactId") ContactId contact) {
    InvitationSent sent = contacts.invite(caller, id, contact);
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @POST
  @Path("{contactId}/revocation")
  @Operation(
      summary =
          "Revoke the contact's portal access for this client, at once; they stay listed and may"
              + " be invited again")
  public ContactView revoke(
      @PathParam("id") ClientId id, @PathParam("contactId") ContactId contact) {
    return contacts.revoke(caller, id, contact);
  }

  private static ContactDetails required(ContactDetails details) {
    if (details == null) {
      throw new InvalidInput(
          "Send the contact as a JSON object with name, email, phone and relationship");
    }
    return details;
  }
}
