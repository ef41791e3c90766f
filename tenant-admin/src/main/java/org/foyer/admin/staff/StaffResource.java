package org.foyer.admin.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.access.Caller;
import org.foyer.errors.NotFound;

/** A practice's staff members, for its signed-in staff. */
@Path("p/{slug}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffDirectory directory;
  @Inject Caller caller;

  @GET
  @Path("{id}")
  @Operation(summary = "One staff member of the practice")
  public String get(@PathParam("id") String id) {
    StaffMember staff = directory.getStaffMember(caller, parse(id));
    return Json.createObjectBuilder()
        .add("id", staff.id().toString())
        .add("email", staff.email())
        .add("displayName", staff.displayName())
        .add("role", staff.role().name())
        .add("status", staff.status().name())
        .build()
        .toString();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That staff member");
    }
  }
}
