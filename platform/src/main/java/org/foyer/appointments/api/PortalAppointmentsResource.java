package org.foyer.appointments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.appointments.AppointmentId;
import org.foyer.appointments.PortalAppointment;
import org.foyer.appointments.PortalSchedule;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.boundary.PortalAppointments;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.rest.PortalAccess;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * Appointments for portal logins: the client's schedule, open times with their clinician, booking
 * and cancelling. The client is the one named ({@code ?client=}) or else the profile the login acts
 * for now; the link must permit appointments.
 */
@PortalAccess
@Path("p/{slug}/portal/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalAppointmentsResource {

  @Inject PortalAppointments appointments;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  /** A time to book: the service and the slot's start, as an instant. */
  public record Booking(UUID serviceType, String startsAt) {}

  /** Cancelling; inside the cancellation window only with {@code acceptLateFee}. */
  public record Cancellation(boolean acceptLateFee) {}

  @GET
  @Operation(summary = "The client's upcoming and past appointments and how the portal books")
  public PortalSchedule schedule(@QueryParam("client") String client) {
    return appointments.schedule(caller, actingFor.client(client, Appointments.APPOINTMENT));
  }

  @GET
  @Path("slots")
  @Operation(
      summary = "Open times with the client's clinician for a service, a week from ?from=",
      description = "?serviceType=id&from=instant (default now); at most 60 days ahead.")
  public List<SlotView> slots(
      @QueryParam("client") String client,
      @QueryParam("serviceType") String serviceType,
      @QueryParam("from") String from) {
    return appointments.slots(
        caller,
        actingFor.client(client, Appointments.APPOINTMENT),
        ClinicianAvailabilityResource.serviceType(serviceType),
        AppointmentsResource.instant("from", from));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Book an open time (or ask for it, when the practice confirms requests)",
      description = "409 when the time is no longer free; 403 when the portal does not book.")
  public Response book(@QueryParam("client") String client, Booking booking) {
    if (booking == null) {
      throw new InvalidInput(
          "Send the booking as a JSON object", Map.of("startsAt", "Choose a time"));
    }
    PortalAppointment booked =
        appointments.book(
            caller,
            actingFor.client(client, Appointments.APPOINTMENT),
            booking.serviceType(),
            AppointmentsResource.instant("startsAt", booking.startsAt()));
    return Response.status(Response.Status.CREATED).entity(booked).build();
  }

  @POST
  @Path("{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cancel an appointment still to come",
      description =
          "Inside the practice's cancellation window this answers 409 with the late-cancellation"
              + " notice unless acceptLateFee is true; then it is recorded as a late cancellation.")
  public PortalAppointment cancel(
      @QueryParam("client") String client,
      @PathParam("id") AppointmentId id,
      Cancellation cancellation) {
    return appointments.cancel(
        caller,
        actingFor.client(client, Appointments.APPOINTMENT),
        id.value(),
        cancellation != null && cancellation.acceptLateFee());
  }
}
