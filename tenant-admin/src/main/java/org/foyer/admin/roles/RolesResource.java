package org.foyer.admin.roles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

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
  public String list() {
    JsonArrayBuilder custom = Json.createArrayBuilder();
    roles.listCustomRoles(caller).forEach(r -> custom.add(json(r)));
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (Capability c : Capability.values()) {
      all.add(Json.createObjectBuilder().add("name", c.name()).add("label", c.label()));
    }
    return Json.createObjectBuilder()
        .add("custom", custom)
        .add("capabilities", all)
        .build()
        .toString();
  }

  @POST
  @Operation(summary = "Create a custom role")
  public Response create(RoleBody body) {
    RoleBody role = required(body);
    CustomRole created =
        roles.createRole(caller, role.name(), Roles.parseCapabilities(role.capabilities()));
    return Response.status(Response.Status.CREATED).entity(json(created).toString()).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename a custom role and/or set its capabilities")
  public String update(@PathParam("id") String id, RoleBody body) {
    RoleBody role = required(body);
    return json(roles.updateRole(
            caller,
            id(id),
            role.name(),
            role.capabilities() == null ? null : Roles.parseCapabilities(role.capabilities())))
        .toString();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a custom role; its holders lose its capabilities at once")
  public Response delete(@PathParam("id") String id) {
    roles.deleteRole(caller, id(id));
    return Response.noContent().build();
  }

  @GET
  @Path("default-permissions")
  @Operation(summary = "What every staff member holds, and what may be added")
  public String defaults() {
    return Json.createObjectBuilder()
        .add("capabilities", names(roles.defaultPermissions(caller)))
        .add("offered", names(DefaultPermissions.OFFERED))
        .build()
        .toString();
  }

  @PUT
  @Path("default-permissions")
  @Operation(summary = "Replace the Default Permissions")
  public String setDefaults(DefaultsBody body) {
    DefaultsBody defaults = required(body);
    roles.setDefaultPermissions(caller, Roles.parseCapabilities(defaults.capabilities()));
    return defaults();
  }

  private static JsonObject json(CustomRole role) {
    return Json.createObjectBuilder()
        .add("id", role.id().toString())
        .add("name", role.name())
        .add("capabilities", names(role.capabilities()))
        .build();
  }

  private static JsonArrayBuilder names(Collection<Capability> capabilities) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    capabilities.stream().sorted().forEach(c -> names.add(c.name()));
    return names;
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("The request needs a JSON body");
    }
    return body;
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That role");
    }
  }
}
