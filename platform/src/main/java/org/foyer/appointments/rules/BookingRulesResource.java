package org.foyer.appointments.rules;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/** The practice's rules for booking in the portal and the service types offered there. */
@Path("p/{slug}/appointment-booking-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookingRulesResource {

  @Inject BookingRulesService rules;
  @Inject Caller caller;

  /** Whether clients may book a service type themselves. */
  public record Online(Boolean offeredOnline) {}

  @GET
  @Operation(summary = "The rules for booking in the portal and the service types offered there")
  public BookingRulesService.View get() {
    return rules.get(caller);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the rules for booking in the portal",
      description =
          "Body {\"intakeBeforeFirstBooking\": true, \"waitlistClaimHours\": 2}: whether a client"
              + " must submit an intake packet before booking or requesting a first appointment,"
              + " and how many hours (1 to 72; 2 unless changed) a freed time offered to the"
              + " waiting list stays open to claim. Needs \"Manage client portal settings\"; a"
              + " value out of range answers 400 on its field.")
  public BookingRulesService.View change(BookingRulesInput input) {
    if (input == null) {
      throw new InvalidInput("Send the booking rules as a JSON object");
    }
    return rules.change(caller, input);
  }

  @PUT
  @Path("service-types/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Offer a service type for booking in the portal, or keep it for staff to book",
      description =
          "Body {\"offeredOnline\": false}. The portal then neither lists nor books it (booking it"
              + " answers 400); staff still book it. Every type is offered online until changed.")
  public BookingRulesService.View offerOnline(@PathParam("id") String id, Online body) {
    UUID type;
    try {
      type = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That service type");
    }
    if (body == null || body.offeredOnline() == null) {
      String message = "Say whether clients may book it online";
      throw new InvalidInput(message, Map.of("offeredOnline", message));
    }
    return rules.offerOnline(caller, type, body.offeredOnline());
  }
}
