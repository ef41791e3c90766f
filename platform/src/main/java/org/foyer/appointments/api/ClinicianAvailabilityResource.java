package org.foyer.appointments.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.staff.StaffId;
import org.foyer.appointments.availability.AvailabilityView;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.availability.TimeOffId;
import org.foyer.appointments.boundary.Availability;
import org.foyer.appointments.boundary.Waitlist;
import org.foyer.appointments.waitlist.WaitingClient;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** A clinician's weekly hours, time off and open slots, for the practice's staff. */
@Path("p/{slug}/clinicians/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicianAvailabilityResource {

  @Inject Availability availability;
  @Inject Caller caller;
  @Inject Waitlist waitlist;

  /** The whole week of hours, replacing what was there. */
  public record Week(List<HoursBlock> weeklyHours) {}

  /** The clinician's video room for telehealth; blank removes it. */
  public record VideoLink(String videoLink) {}

  /** Time off between two instants, with an optional note for colleagues. */
  public record NewTimeOff(String startsAt, String endsAt, String note) {}

  @GET
  @Path("availability")
  @Operation(summary = "The clinician's weekly hours (practice wall clock) and coming time off")
  public AvailabilityView get(@PathParam("id") StaffId clinician) {
    return availability.get(caller, clinician.value());
  }

  @PUT
  @Path("availability")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the clinician's weekly hours",
      description =
          "Body {\"weeklyHours\": [{\"day\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"12:00\","
              + " \"locationId\": ...}]}; times on the practice's wall clock in steps of five"
              + " minutes; blocks of a day may not overlap. The clinician or staff who schedule for"
              + " any clinician.")
  public AvailabilityView setWeek(@PathParam("id") StaffId clinician, Week week) {
    if (week == null) {
      throw new InvalidInput("Send the weekly hours as a JSON object");
    }
    return availability.setWeeklyHours(caller, clinician.value(), week.weeklyHours());
  }

  @PUT
  @Path("video-link")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set the clinician's video room (an https:// address), shown to clients on"
              + " their telehealth appointments; blank removes it")
  public AvailabilityView setVideoLink(@PathParam("id") StaffId clinician, VideoLink link) {
    return availability.setVideoLink(
        caller, clinician.value(), link == null ? null : link.videoLink());
  }

  @POST
  @Path("time-off")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add time off: no slot is offered inside it")
  public AvailabilityView addTimeOff(@PathParam("id") StaffId clinician, NewTimeOff off) {
    if (off == null) {
      throw new InvalidInput("Send the time off as a JSON object");
    }
    return availability.addTimeOff(
        caller,
        clinician.value(),
        AppointmentsResource.instant("startsAt", off.startsAt()),
        AppointmentsResource.instant("endsAt", off.endsAt()),
        off.note());
  }

  @DELETE
  @Path("time-off/{timeOffId}")
  @Operation(summary = "Remove time off")
  public AvailabilityView removeTimeOff(
      @PathParam("id") StaffId clinician, @PathParam("timeOffId") TimeOffId timeOff) {
    return availability.removeTimeOff(caller, clinician.value(), timeOff.value());
  }

  @GET
  @Path("slots")
  @Operation(
      summary = "Open slots for a service type between two instants (at most 31 days)",
      description =
          "?from=...&to=...&serviceType=id. A slot lies in the clinician's weekly hours, clear of"
              + " appointments holding time and of time off, and starts at least an hour from now.")
  public List<SlotView> slots(
      @PathParam("id") StaffId clinician,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("serviceType") String serviceType) {
    return availability.slots(
        caller,
        clinician.value(),
        AppointmentsResource.instant("from", from),
        AppointmentsResource.instant("to", to),
        serviceType(serviceType));
  }

  @GET
  @Path("waitlist")
  @Operation(
      summary = "The clinician's waiting list, in queue order",
      description =
          "Each waiting client with the service and last day they wait for, when they joined and"
              + " whether a freed time is offered to them now. Any staff member may read it.")
  public List<WaitingClient> waitlist(@PathParam("id") StaffId clinician) {
    return waitlist.listForClinician(caller, clinician.value());
  }

  /** Taken as text: a missing or malformed service type is a mistake in the question, not 404. */
  static UUID serviceType(String text) {
    try {
      return UUID.fromString(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      String message = "Choose one of the practice's service types";
      throw new InvalidInput(message, Map.of("serviceType", message));
    }
  }
}
