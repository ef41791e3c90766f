package org.foyer.billing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.billing.PaymentView;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.boundary.Payments;
import org.foyer.billing.invoices.InvoiceId;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/** Invoices, for staff holding "billing"; anyone else, and another practice's ids, meet 404. */
@Path("p/{slug}/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

  @Inject Billing billing;
  @Inject Payments payments;
  @Inject Caller caller;

  /** A payment on this one invoice; a payment split across several goes to /payments. */
  public record InvoicePayment(
      long amountCents,
      String method,
      String idempotencyKey,
      String paymentMethod,
      String reference) {}

  @GET
  @Operation(summary = "One client's invoices (?client=id), newest first")
  public List<InvoiceView> list(@QueryParam("client") ClientId client) {
    if (client == null) {
      throw new InvalidInput("Name the client: ?client=id");
    }
    return billing.listInvoices(caller, client.value());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A draft invoice grouping some of a client's charges (clientId, chargeIds)")
  @APIResponse(
      responseCode = "201",
      description = "The draft invoice was made",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceView.class)))
  public Response create(InvoiceRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(billing.createInvoice(caller, request))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One invoice with its total, what was paid and what is due")
  public InvoiceView get(@PathParam("id") InvoiceId id) {
    return billing.getInvoice(caller, id.value());
  }

  @POST
  @Path("{id}/send")
  @Operation(summary = "Send a draft invoice: it then takes payments and no more charges")
  public InvoiceView send(@PathParam("id") InvoiceId id) {
    return billing.send(caller, id.value());
  }

  @POST
  @Path("{id}/void")
  @Operation(summary = "Void an invoice nothing is paid on; its charges may go on another")
  public InvoiceView voidIt(@PathParam("id") InvoiceId id) {
    return billing.voidInvoice(caller, id.value());
  }

  @POST
  @Path("{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Pay (part of) this invoice: by card through the practice's processor, or record"
              + " cash, a cheque or a card terminal",
      description =
          "The same idempotencyKey sent twice is one payment. A card payment may answer"
              + " REQUIRES_ACTION with a clientSecret for the processor's card form, or PENDING"
              + " when the processor did not answer in time (its webhook settles it).")
  @APIResponse(
      responseCode = "201",
      description = "The payment was taken or recorded (see its status)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentView.class)))
  public Response pay(@PathParam("id") InvoiceId id, InvoicePayment payment) {
    if (payment == null) {
      throw new InvalidInput("Send the payment as a JSON object");
    }
    PaymentView taken =
        payments.payInvoice(
            caller,
            id.value(),
            payment.amountCents(),
            payment.method(),
            payment.idempotencyKey(),
            payment.paymentMethod(),
            payment.reference());
    return Response.status(Response.Status.CREATED).entity(taken).build();
  }
}
