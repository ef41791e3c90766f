package org.foyer.admin.services.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationId;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's offices and telehealth locations. */
@Path("p/{slug}/locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {

  @Inject Locations locations;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Active locations; archived ones too for managers with ?archived=true")
  public List<LocationView> list(@QueryParam("archived") @DefaultValue("false") boolean archived) {
    return locations.list(caller, archived).stream().map(LocationView::of).toList();
  }

  @POST
  @Operation(summary = "Add a location")
  public Response add(CatalogRequests.LocationBody body) {
    Location added = locations.add(caller, InvalidInput.requireBody(body).toDetails());
    return Response.status(Response.Status.CREATED).entity(LocationView.of(added)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise a location")
  public LocationView revise(@PathParam("id") LocationId id, CatalogRequests.LocationBody body) {
    return LocationView.of(
        locations.revise(caller, id.value(), InvalidInput.requireBody(body).toDetails()));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a location: staff can no longer choose it")
  public LocationView archive(@PathParam("id") LocationId id) {
    return LocationView.of(locations.archive(caller, id.value()));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Bring an archived location back")
  public LocationView restore(@PathParam("id") LocationId id) {
    return LocationView.of(locations.restore(caller, id.value()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a location, or archive it when it is in use")
  public RemovalOutcome remove(@PathParam("id") LocationId id) {
    Removal removal = locations.remove(caller, id.value());
    return new RemovalOutcome(removal);
  }
}
