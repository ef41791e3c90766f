package org.foyer.admin.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;

/**
 * A practice's staff members, for its signed-in staff: the list, invitations, roles, deactivation
 * and seats. Every rule and permission check is the services'; this class only translates.
 */
@Path("p/{slug}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  private static final String MEMBER = "That staff member";

  @Inject StaffDirectory directory;
  @Inject StaffAdministration administration;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The practice's staff members")
  public String list() {
    JsonArrayBuilder members = Json.createArrayBuilder();
    administration.listStaff(caller).forEach(m -> members.add(json(m)));
    return members.build().toString();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One staff member of the practice, with their custom roles")
  public String get(@PathParam("id") String id) {
    UUID staffId = StaffRequests.id(id, MEMBER);
    StaffMember staff = directory.getStaffMember(caller, staffId);
    JsonArrayBuilder roles = Json.createArrayBuilder();
    administration.customRolesOf(caller, staffId).forEach(r -> roles.add(r.toString()));
    return Json.createObjectBuilder(json(staff)).add("customRoles", roles).build().toString();
  }

  @POST
  @Operation(summary = "Invite a staff member by email (needs a free seat)")
  public Response invite(StaffRequests.Invite body) {
    StaffRequests.Invite invite = StaffRequests.required(body);
    StaffMember member =
        administration.invite(
            caller,
            invite.email(),
            invite.displayName(),
            StaffRequests.role(invite.role()),
            StaffRequests.roleIds(invite.customRoles()));
    return Response.status(Response.Status.CREATED).entity(json(member).toString()).build();
  }

  @POST
  @Path("{id}/invitation")
  @Operation(summary = "Send an invited member a new link; the old one stops working")
  public String reinvite(@PathParam("id") String id) {
    return json(administration.reinvite(caller, StaffRequests.id(id, MEMBER))).toString();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "End a member's access at once, open sessions included")
  public String deactivate(@PathParam("id") String id) {
    return json(administration.deactivate(caller, StaffRequests.id(id, MEMBER))).toString();
  }

  @POST
  @Path("{id}/reactivation")
  @Operation(summary = "Restore a deactivated member (needs a free seat)")
  public String reactivate(@PathParam("id") String id) {
    return json(administration.reactivate(caller, StaffRequests.id(id, MEMBER))).toString();
  }

  @PUT
  @Path("{id}/roles")
  @Operation(summary = "Set a member's built-in role and custom roles")
  public String assignRoles(@PathParam("id") String id, StaffRequests.Roles body) {
    StaffRequests.Roles roles = StaffRequests.required(body);
    UUID staffId = StaffRequests.id(id, MEMBER);
    Set<UUID> custom = StaffRequests.roleIds(roles.customRoles());
    return json(administration.assignRoles(
            caller, staffId, StaffRequests.role(roles.role()), custom))
        .toString();
  }

  @GET
  @Path("seats")
  @Operation(summary = "The practice's staff seats and how many are taken")
  public String seats() {
    return json(administration.seatUsage(caller)).toString();
  }

  @POST
  @Path("seats")
  @Operation(summary = "Add staff seats to the practice's subscription")
  public String addSeats(StaffRequests.AddSeats body) {
    Integer add = StaffRequests.required(body).add();
    return json(administration.addSeats(caller, add == null ? 0 : add)).toString();
  }

  private static JsonObject json(StaffMember staff) {
    return Json.createObjectBuilder()
        .add("id", staff.id().toString())
        .add("email", staff.email())
        .add("displayName", staff.displayName())
        .add("role", staff.role().name())
        .add("roleLabel", staff.role().label())
        .add("status", staff.status().name())
        .build();
  }

  private static JsonObject json(SeatUsage usage) {
    return Json.createObjectBuilder()
        .add("seats", usage.seats())
        .add("used", usage.used())
        .add("free", usage.free())
        .build();
  }
}
