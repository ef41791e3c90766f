package org.foyer.appointments.rooms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/** The rooms of the practice's locations, which appointments may take. */
@Path("p/{slug}/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {

  @Inject Rooms rooms;
  @Inject Caller caller;

  /** A room to add (or a new name). */
  public record RoomBody(UUID locationId, String name) {}

  @GET
  @Operation(summary = "The active rooms, of one location with ?location=id")
  public List<Rooms.RoomView> list(@QueryParam("location") String location) {
    return rooms.list(caller, uuid(location));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a room to a location")
  public Response add(RoomBody body) {
    if (body == null) {
      throw new InvalidInput("Send the room as a JSON object");
    }
    return Response.status(Response.Status.CREATED)
        .entity(rooms.add(caller, body.locationId(), body.name()))
        .build();
  }

  @PUT
  @Path("{id}/name")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename a room")
  public Rooms.RoomView rename(@PathParam("id") String id, RoomBody body) {
    return rooms.rename(caller, required(id), body == null ? null : body.name());
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a room: kept for past appointments, offered for no new one")
  public Rooms.RoomView archive(@PathParam("id") String id) {
    return rooms.archive(caller, required(id));
  }

  private static UUID required(String text) {
    UUID id = uuid(text);
    if (id == null) {
      throw new NotFound("That room");
    }
    return id;
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
