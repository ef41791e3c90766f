package org.foyer.billing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.foyer.billing.ChargeLineRequest;
import org.foyer.billing.CorrectionRequest;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.LedgerView;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;

/**
 * A client's ledger, for staff holding "billing"; anyone else meets 404. Its own segment after the
 * client's id: a class path ending in {@code clients/{id}} would take every request for the client
 * record itself away from the clients resource (JAX-RS picks one class by its path, then never
 * looks at another).
 */
@Path("p/{slug}/clients/{id}/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientLedgerResource {

  @Inject Billing billing;
  @Inject Caller caller;

  @GET
  @Path("ledger")
  @Operation(
      summary = "A client's ledger, oldest first, and the balance summed from it",
      description = "Amounts are in minor units (cents) of the practice's currency.")
  public LedgerView ledger(@PathParam("id") ClientId id) {
    return billing.ledger(caller, id.value());
  }

  @POST
  @Path("charges")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a charge by hand (amountCents, description)")
  @APIResponse(
      responseCode = "201",
      description = "The charge was posted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LedgerLine.class)))
  public Response charge(@PathParam("id") ClientId id, ChargeLineRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(billing.charge(caller, id.value(), request))
        .build();
  }

  @POST
  @Path("corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post an adjustment (either way) or a write-off, optionally on one invoice")
  @APIResponse(
      responseCode = "201",
      description = "The correction was posted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LedgerLine.class)))
  public Response correct(@PathParam("id") ClientId id, CorrectionRequest request) {
    LedgerLine line = billing.correct(caller, id.value(), request);
    return Response.status(Response.Status.CREATED).entity(line).build();
  }

  @GET
  @Path("invoices")
  @Operation(summary = "A client's invoices, newest first")
  public List<InvoiceView> invoices(@PathParam("id") ClientId id) {
    return billing.listInvoices(caller, id.value());
  }
}
