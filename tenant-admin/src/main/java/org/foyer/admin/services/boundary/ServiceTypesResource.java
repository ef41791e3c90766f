package org.foyer.admin.services.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.admin.services.entity.Removal;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.core.access.Caller;

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
  public String list(@QueryParam("archived") @DefaultValue("false") boolean archived) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    serviceTypes.listServiceTypes(caller, archived).forEach(t -> list.add(json(t)));
    return list.build().toString();
  }

  @POST
  @Operation(summary = "Add a service type")
  public Response add(CatalogRequests.ServiceTypeBody body) {
    ServiceType added = serviceTypes.addServiceType(caller, CatalogRequests.body(body).toDetails());
    return Response.status(Response.Status.CREATED).entity(json(added).toString()).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise a service type")
  public String revise(@PathParam("id") String id, CatalogRequests.ServiceTypeBody body) {
    return json(serviceTypes.reviseServiceType(
            caller, id(id), CatalogRequests.body(body).toDetails()))
        .toString();
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a service type: staff can no longer choose it")
  public String archive(@PathParam("id") String id) {
    return json(serviceTypes.archiveServiceType(caller, id(id))).toString();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Bring an archived service type back")
  public String restore(@PathParam("id") String id) {
    return json(serviceTypes.restoreServiceType(caller, id(id))).toString();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a service type, or archive it when it is in use")
  public String remove(@PathParam("id") String id) {
    Removal removal = serviceTypes.removeServiceType(caller, id(id));
    return Json.createObjectBuilder().add("outcome", removal.name()).build().toString();
  }

  private static UUID id(String id) {
    return CatalogRequests.id(id, ServiceTypes.WHAT);
  }

  static JsonObject json(ServiceType type) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", type.id().toString())
            .add("name", type.name())
            .add("durationMinutes", type.durationMinutes())
            .add("rateCents", type.rateCents())
            .add("currency", type.currency())
            .add("archived", type.isArchived());
    type.billingCode().ifPresent(code -> json.add("billingCode", code));
    return json.build();
  }
}
