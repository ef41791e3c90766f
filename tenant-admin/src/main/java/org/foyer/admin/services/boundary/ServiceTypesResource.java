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
import org.foyer.admin.services.entity.Removal;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.services.entity.ServiceTypeId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's service types. */
@Path("p/{slug}/service-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceTypesResource {

  @Inject ServiceTypes serviceTypes;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Active service types; archived ones too for managers with ?archived=true")
  public List<ServiceTypeView> list(
      @QueryParam("archived") @DefaultValue("false") boolean archived) {
    return serviceTypes.list(caller, archived).stream().map(ServiceTypeView::of).toList();
  }

  @POST
  @Operation(summary = "Add a service type")
  public Response add(CatalogRequests.ServiceTypeBody body) {
    ServiceType added = serviceTypes.add(caller, InvalidInput.requireBody(body).toDetails());
    return Response.status(Response.Status.CREATED).entity(ServiceTypeView.of(added)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise a service type")
  public ServiceTypeView revise(
      @PathParam("id") ServiceTypeId id, CatalogRequests.ServiceTypeBody body) {
    return ServiceTypeView.of(
        serviceTypes.revise(caller, id.value(), InvalidInput.requireBody(body).toDetails()));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a service type: staff can no longer choose it")
  public ServiceTypeView archive(@PathParam("id") ServiceTypeId id) {
    return ServiceTypeView.of(serviceTypes.archive(caller, id.value()));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Bring an archived service type back")
  public ServiceTypeView restore(@PathParam("id") ServiceTypeId id) {
    return ServiceTypeView.of(serviceTypes.restore(caller, id.value()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a service type, or archive it when it is in use")
  public RemovalOutcome remove(@PathParam("id") ServiceTypeId id) {
    Removal removal = serviceTypes.remove(caller, id.value());
    return new RemovalOutcome(removal);
  }
}
