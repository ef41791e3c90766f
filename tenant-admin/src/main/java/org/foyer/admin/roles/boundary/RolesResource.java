package org.foyer.admin.roles.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.admin.roles.boundary.RoleViews.DefaultsView;
import org.foyer.admin.roles.boundary.RoleViews.RoleView;
import org.foyer.admin.roles.boundary.RoleViews.RolesView;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.RoleId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** A practice's custom roles and Default Permissions, for its signed-in staff. */
@Path("p/{slug}/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject Roles roles;
  @Inject Caller caller;

  /** {@code POST /roles} and {@code PUT /roles/{id}}; absent parts are left as they are. */
  public record RoleBody(String name, List<String> capabilities) {}

  /** {@code PUT /roles/default-permissions}. */
  public record DefaultsBody(List<String> capabilities) {}

  @GET
  @Operation(summary = "The practice's custom roles and every capability")
  public RolesView list() {
    return RolesView.of(roles.listCustomRoles(caller));
  }

  @POST
  @Operation(summary = "Create a custom role")
  // The body travels in a Response, so the scanner cannot see its type without this.
  @APIResponse(
      responseCode = "201",
      description = "The role was created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoleView.class)))
  public Response create(RoleBody body) {
    RoleBody role = InvalidInput.requireBody(body);
    CustomRole created =
        roles.createRole(caller, role.name(), Roles.parseCapabilities(role.capabilities()));
    return Response.status(Response.Status.CREATED).entity(RoleView.of(created)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename a custom role and/or set its capabilities")
  public RoleView update(@PathParam("id") RoleId id, RoleBody body) {
    RoleBody role = InvalidInput.requireBody(body);
    return RoleView.of(
        roles.updateRole(
            caller,
            id.value(),
            role.name(),
            role.capabilities() == null ? null : Roles.parseCapabilities(role.capabilities())));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a custom role; its holders lose its capabilities at once")
  public Response delete(@PathParam("id") RoleId id) {
    roles.deleteRole(caller, id.value());
    return Response.noContent().build();
  }

  @GET
  @Path("default-permissions")
  @Operation(summary = "What every staff member holds, and what may be added")
  public DefaultsView defaults() {
    return DefaultsView.of(roles.defaultPermissions(caller));
  }

  @PUT
  @Path("default-permissions")
  @Operation(summary = "Replace the Default Permissions")
  public DefaultsView setDefaults(DefaultsBody body) {
    DefaultsBody defaults = InvalidInput.requireBody(body);
    roles.setDefaultPermissions(caller, Roles.parseCapabilities(defaults.capabilities()));
    return defaults();
  }
}
