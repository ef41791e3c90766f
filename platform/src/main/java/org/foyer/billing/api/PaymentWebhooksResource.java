package org.foyer.billing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.billing.boundary.PaymentWebhooks;

/**
 * Where a practice's processor posts its events. Processors cannot sign in: the signature, checked
 * with the practice's own signing secret, is the only key (sign-in and the CSRF check let this one
 * address through for that reason).
 */
@Path("p/{slug}/payment-webhooks/{gateway}")
@RequestScoped
public class PaymentWebhooksResource {

  @Inject PaymentWebhooks webhooks;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A payment processor's event (Stripe: signed in Stripe-Signature)",
      description = "400 when the signature does not hold; 200 for an event handled now or before.")
  public Response receive(
      @PathParam("gateway") String gateway,
      @HeaderParam("Stripe-Signature") String signature,
      String payload) {
    webhooks.receive(gateway, payload, signature);
    return Response.ok().build();
  }
}
