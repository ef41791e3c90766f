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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.billing.PaymentId;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.boundary.Payments;
import org.foyer.core.access.Caller;

/** Payments and refunds, for staff holding "billing"; anyone else meets 404. */
@Path("p/{slug}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  @Inject Payments payments;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Take or record a payment, optionally split across the client's sent invoices",
      description =
          "allocations name each invoice and its part; what is left is credit. The same"
              + " idempotencyKey sent twice is one payment.")
  @APIResponse(
      responseCode = "201",
      description = "The payment was taken or recorded (see its status)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentView.class)))
  public Response pay(PaymentRequest request) {
    return Response.status(Response.Status.CREATED).entity(payments.pay(caller, request)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One payment and what may still be refunded of it")
  public PaymentView get(@PathParam("id") PaymentId id) {
    return payments.get(caller, id.value());
  }

  @POST
  @Path("{id}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Refund (part of) a payment, never more than what is left of it")
  public PaymentView refund(@PathParam("id") PaymentId id, RefundOrder order) {
    return payments.refund(caller, id.value(), order);
  }
}
