package org.foyer.appointments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.staff.StaffId;
import org.foyer.appointments.AppointmentId;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.boundary.Appointments;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's schedule, for its staff. */
@Path("p/{slug}/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

  @Inject Appointments appointments;
  @Inject Caller caller;

  /** A new start for an appointment, as an instant ({@code 2026-03-09T15:00:00Z}). */
  public record Move(Instant startsAt) {}

  /** What became of an appointment. */
  public record StatusChange(AppointmentStatus status) {}

  @GET
  @Operation(
      summary =
          "Appointments between two instants (?from=...&to=..., at most 62 days), optionally one"
              + " clinician's (?clinician=id)")
  public List<AppointmentView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("clinician") StaffId clinician) {
    return appointments.list(
        caller,
        instant("from", from),
        instant("to", to),
        clinician == null ? null : clinician.value());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One appointment")
  public AppointmentView get(@PathParam("id") AppointmentId id) {
    return appointments.get(caller, id.value());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Book an appointment; 409 when the clinician or room is busy at that time",
      description =
          "Optional: roomId; clients (every client of a couple or family session);"
              + " recurrence {\"everyWeeks\": 1 or 2, \"count\": n} or {..., \"until\":"
              + " \"2026-06-30\"} books the whole series on the practice's wall clock and answers"
              + " its first occurrence (seriesId names the series); when any occurrence clashes,"
              + " nothing is booked and the 409 names the clashing dates.")
  public Response book(AppointmentRequest request) {
    if (request == null) {
      throw new InvalidInput("Send the appointment as a JSON object");
    }
    return Response.status(Response.Status.CREATED)
        .entity(appointments.book(caller, request))
        .build();
  }

  @PUT
  @Path("{id}/start")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move an appointment, keeping its length; 409 when the clinician is busy")
  public AppointmentView move(@PathParam("id") AppointmentId id, Move move) {
    return appointments.move(caller, id.value(), move == null ? null : move.startsAt());
  }

  @PUT
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record what became of an appointment (cancelled, attended, no-show...)")
  public AppointmentView mark(@PathParam("id") AppointmentId id, StatusChange change) {
    return appointments.mark(caller, id.value(), change == null ? null : change.status());
  }

  /**
   * A change to an appointment: a new start, a new status, or both (the move first). Fields left
   * out stay as they are.
   */
  public record Change(String startsAt, AppointmentStatus status, Appointments.Scope scope) {}

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an appointment, record what became of it (cancelled, attended...), or both",
      description =
          "Body {\"startsAt\": instant, \"status\": \"CANCELLED\", \"scope\": \"FOLLOWING\"};"
              + " scope OCCURRENCE (the default) changes this appointment only, FOLLOWING this"
              + " and the later occurrences of its series (a move keeps their wall-clock time)."
              + " 409 when the clinician or room is busy at the new time.")
  public AppointmentView change(@PathParam("id") AppointmentId id, Change change) {
    if (change == null) {
      throw new InvalidInput("Send the change as a JSON object");
    }
    return appointments
        .change(
            caller,
            id.value(),
            change.startsAt() == null ? null : instant("startsAt", change.startsAt()),
            change.status(),
            change.scope())
        .get(0);
  }

  @GET
  @Path("/series/{seriesId}")
  @Operation(summary = "The occurrences of a recurring appointment, by start")
  public List<AppointmentView> series(@PathParam("seriesId") AppointmentId seriesId) {
    return appointments.listSeries(caller, seriesId.value());
  }

  @GET
  @Path("/clients/{clientId}")
  @Operation(summary = "A client's appointments, latest first")
  public List<AppointmentView> ofClient(@PathParam("clientId") ClientId clientId) {
    return appointments.listForClient(caller, clientId.value());
  }

  /** An instant in UTC ({@code ...Z}) or with an offset ({@code ...-05:00}). */
  static Instant instant(String name, String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      String message = "Give " + name + " as an instant such as 2026-03-09T15:00:00Z";
      throw new InvalidInput(message, Map.of(name, message));
    }
  }
}
