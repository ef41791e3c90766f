package org.foyer.clients.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** The practice's client records, for its staff. */
@Path("p/{slug}/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

  @Inject ClientRecords records;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Search clients by name or email")
  public List<ClientSummary> search(@QueryParam("q") String text) {
    return records.search(caller, text);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One client's record (the read is audited)")
  public ClientView get(@PathParam("id") ClientId id) {
    return ClientView.of(records.getClient(caller, id.value()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a client record")
  public Response create(ClientDetails details) {
    Client client = records.create(caller, required(details));
    return Response.status(Response.Status.CREATED).entity(ClientView.of(client)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a client record")
  public ClientView update(@PathParam("id") ClientId id, ClientDetails details) {
    return ClientView.of(records.update(caller, id.value(), required(details)));
  }

  /** The body of {@code PUT /clients/{id}/time-zone}; a blank or null zone means the practice's. */
  public record TimeZoneBody(String timeZone) {}

  @PUT
  @Path("{id}/time-zone")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the time zone the client's own times are shown in",
      description =
          "Body {\"timeZone\": \"Europe/Berlin\"}: an IANA zone id. The portal and the client's"
              + " appointment mail then show times in that zone, naming it; staff pages keep the"
              + " practice's zone. {\"timeZone\": null} goes back to the practice's zone. An"
              + " unknown zone answers 400 on the field timeZone.")
  public ClientView changeTimeZone(@PathParam("id") ClientId id, TimeZoneBody body) {
    if (body == null) {
      throw new InvalidInput("Send the time zone as a JSON object");
    }
    return ClientView.of(records.changeTimeZone(caller, id.value(), body.timeZone()));
  }

  private static ClientDetails required(ClientDetails details) {
    if (details == null) {
      throw new InvalidInput("Send the client record as a JSON object");
    }
    return details;
  }
}
