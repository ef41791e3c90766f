package org.foyer.admin.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.admin.staff.StaffId;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/**
 * A practice's staff members, for its signed-in staff: the list, invitations, roles, deactivation
 * and seats. Every rule and permission check is the services'; this class only translates.
 */
@Path("p/{slug}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffDirectory directory;
  @Inject StaffAdministration administration;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The practice's staff members")
  public List<StaffMemberView> list() {
    return administration.listStaff(caller).stream().map(StaffMemberView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One staff member of the practice, with their custom roles")
  public StaffMemberView get(@PathParam("id") StaffId id) {
    UUID staffId = id.value();
    StaffMember staff = directory.getStaffMember(caller, staffId);
    return StaffMemberView.of(staff, List.copyOf(administration.customRolesOf(caller, staffId)));
  }

  @POST
  @Operation(summary = "Invite a staff member by email (needs a free seat)")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The member was invited",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffMemberView.class)))
  public Response invite(StaffRequests.Invite body) {
    StaffRequests.Invite invite = InvalidInput.requireBody(body);
    StaffMember member =
        administration.invite(
            caller,
            invite.email(),
            invite.displayName(),
            StaffRequests.role(invite.role()),
            StaffRequests.roleIds(invite.customRoles()));
    return Response.status(Response.Status.CREATED).entity(StaffMemberView.of(member)).build();
  }

  @POST
  @Path("{id}/invitation")
  @Operation(summary = "Send an invited member a new link; the old one stops working")
  public StaffMemberView reinvite(@PathParam("id") StaffId id) {
    return StaffMemberView.of(administration.reinvite(caller, id.value()));
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "End a member's access at once, open sessions included")
  public StaffMemberView deactivate(@PathParam("id") StaffId id) {
    return StaffMemberView.of(administration.deactivate(caller, id.value()));
  }

  @POST
  @Path("{id}/reactivation")
  @Operation(summary = "Restore a deactivated member (needs a free seat)")
  public StaffMemberView reactivate(@PathParam("id") StaffId id) {
    return StaffMemberView.of(administration.reactivate(caller, id.value()));
  }

  @PUT
  @Path("{id}/roles")
  @Operation(summary = "Set a member's built-in role and custom roles")
  public StaffMemberView assignRoles(@PathParam("id") StaffId id, StaffRequests.Roles body) {
    StaffRequests.Roles roles = InvalidInput.requireBody(body);
    UUID staffId = id.value();
    Set<UUID> custom = StaffRequests.roleIds(roles.customRoles());
    return StaffMemberView.of(
        administration.assignRoles(caller, staffId, StaffRequests.role(roles.role()), custom));
  }

  @GET
  @Path("seats")
  @Operation(summary = "The practice's staff seats and how many are taken")
  public SeatsView seats() {
    return SeatsView.of(administration.seatUsage(caller));
  }

  @POST
  @Path("seats")
  @Operation(summary = "Add staff seats to the practice's subscription")
  public SeatsView addSeats(StaffRequests.AddSeats body) {
    Integer add = InvalidInput.requireBody(body).add();
    return SeatsView.of(administration.addSeats(caller, add == null ? 0 : add));
  }
}
