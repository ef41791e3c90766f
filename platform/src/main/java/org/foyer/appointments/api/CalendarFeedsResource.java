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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.CalendarFeeds;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.rest.PortalAccess;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * Calendar feeds. Making, listing and revoking need a signed-in staff member or portal login;
 * reading a feed ({@code GET .../calendar-feeds/{secret}.ics}) needs only its secret, as calendar
 * apps cannot sign in.
 */
@PortalAccess
@Path("p/{slug}/calendar-feeds")
@RequestScoped
public class CalendarFeedsResource {

  static final MediaType CALENDAR = new MediaType("text", "calendar", "utf-8");

  @Inject CalendarFeeds feeds;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  /**
   * Staff name the clinician (themselves unless they schedule for anyone) and whether client names
   * show; a portal login names the client, else the profile it acts for.
   */
  public record NewFeedRequest(UUID clinicianId, boolean showClientNames, UUID client) {}

  /** The new feed's address: shown once, kept by no one but its maker. */
  public record FeedAddress(UUID id, String url) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a secret calendar address (iCalendar) of appointments",
      description =
          "Staff: {\"clinicianId\", \"showClientNames\"} (client names are masked unless asked"
              + " for). Portal: {\"client\"} or the profile acted for. The address is in the"
              + " answer only; revoke it with DELETE when it should stop answering.")
  public Response create(NewFeedRequest request) {
    if (request == null) {
      throw new InvalidInput("Send the feed as a JSON object");
    }
    CalendarFeeds.NewFeed made =
        caller.isStaff()
            ? feeds.createForClinician(caller, request.clinicianId(), request.showClientNames())
            : feeds.createForClient(
                caller, actingFor.client(request.client(), Appointments.APPOINTMENT));
    return Response.status(Response.Status.CREATED)
        .entity(new FeedAddress(made.id(), address(practice.getSlug(), made.secret())))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's feeds still answering (never their secrets)")
  public List<CalendarFeeds.FeedView> list() {
    return feeds.list(caller);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke one of the caller's feeds: its address stops answering for good")
  public Response revoke(@PathParam("id") String id) {
    UUID feed;
    try {
      feed = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound(CalendarFeeds.FEED);
    }
    feeds.revoke(caller, feed);
    return Response.noContent().build();
  }

  @GET
  @Path("{secret}.ics")
  @Produces("text/calendar")
  @Operation(summary = "A calendar feed, for calendar apps: the secret is the only key")
  public Response read(@PathParam("secret") String secret) {
    return Response.ok(feeds.render(secret), CALENDAR)
        .header("Cache-Control", "private, no-store")
        .header("X-Robots-Tag", "noindex")
        .build();
  }

  /** Where the feed answers, relative to the server ({@code /api/p/demo/calendar-feeds/...ics}). */
  public static String address(String slug, String secret) {
    return "/api/p/" + slug + "/calendar-feeds/" + secret + ".ics";
  }
}
