package org.foyer.appointments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.boundary.Waitlist;
import org.foyer.appointments.waitlist.WaitlistOfferId;
import org.foyer.appointments.waitlist.WaitlistView;
import org.foyer.appointments.waitlist.WaitlistWish;
import org.foyer.core.access.Caller;
import org.foyer.core.rest.PortalAccess;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * The waiting list for portal logins: the client's place on their clinician's list, the freed times
 * offered to them, and claiming one. The client is the one named ({@code ?client=}) or else the
 * profile the login acts for now; the link must permit appointments.
 */
@PortalAccess
@Path("p/{slug}/portal/waitlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalWaitlistResource {

  @Inject Waitlist waitlist;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The client's place on their clinician's waiting list and open offers")
  public WaitlistView get(@QueryParam("client") String client) {
    return waitlist.view(caller, actingFor.client(client, Waitlist.OFFER));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Join the clinician's waiting list, or change what the client waits for",
      description =
          "Body {\"serviceType\": id or null for any, \"wantedBy\": \"2026-03-20\" or null}."
              + " A changed wish keeps the client's place in the queue. When an appointment of the"
              + " clinician is cancelled or declined, every waiting client whose wish fits is"
              + " mailed an offer, open for the practice's claim window; the first to claim gets"
              + " it. 403 when the portal does not book for this client (no clinician, intake"
              + " first); 400 for a service not booked online or a day in the past.")
  public WaitlistView join(@QueryParam("client") String client, WaitlistWish wish) {
    return waitlist.join(caller, actingFor.client(client, Waitlist.OFFER), wish);
  }

  @DELETE
  @Operation(summary = "Leave the waiting list; 404 when the client is not on it")
  public WaitlistView leave(@QueryParam("client") String client) {
    return waitlist.leave(caller, actingFor.client(client, Waitlist.OFFER));
  }

  @POST
  @Path("offers/{id}/claim")
  @Operation(
      summary = "Claim a freed time offered to the client",
      description =
          "Books the time as a portal booking does (or asks for it, when the practice confirms"
              + " requests) and takes the client off the list; the others offered it are told it"
              + " is gone. 409 when the offer has ended, someone claimed it first or the time was"
              + " taken otherwise; 404 for an offer made to someone else.")
  public Response claim(@QueryParam("client") String client, @PathParam("id") WaitlistOfferId id) {
    PortalAppointment booked =
        waitlist.claim(caller, actingFor.client(client, Waitlist.OFFER), id.value());
    return Response.status(Response.Status.CREATED).entity(booked).build();
  }
}
