package org.foyer.billing.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.billing.PaymentId;
import org.foyer.billing.PaymentView;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.boundary.BillingDocuments;
import org.foyer.billing.boundary.CardForms;
import org.foyer.billing.boundary.PortalBilling;
import org.foyer.billing.cards.AutopayRequest;
import org.foyer.billing.cards.AutopayTerms;
import org.foyer.billing.cards.AutopayView;
import org.foyer.billing.cards.CardSaving;
import org.foyer.billing.cards.CardToSave;
import org.foyer.billing.cards.SavedCardId;
import org.foyer.billing.portal.PortalBillingView;
import org.foyer.billing.portal.PortalPayment;
import org.foyer.billing.portal.ReceiptView;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.rest.PortalAccess;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.boundary.ActingFor;

/**
 * Billing for portal logins: the balance, invoices and payments, paying by card, saved cards and
 * autopay. The client is the one named ({@code ?client=}) or else the profile the login acts for
 * now; the link must permit billing. Card numbers are never sent here: a card is the token the
 * processor's own card form made (Stripe.js, or the test processor's form at {@code card-forms}).
 */
@PortalAccess
@Path("p/{slug}/portal/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalBillingResource {

  @Inject PortalBilling billing;
  @Inject CardForms cardForms;
  @Inject BillingDocuments documents;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  /** The autopay terms to show before asking for consent. */
  public record Terms(String version, String text) {}

  /** A card form of the test processor to open: to pay an amount, or to save a card. */
  public record CardFormRequest(String purpose, long amountCents, String returnPath) {}

  /** Where the card form is, relative to the application. */
  public record CardFormAddress(String address) {}

  @GET
  @Operation(
      summary = "The client's balance, sent invoices, payments, saved cards and autopay",
      description = "Amounts in minor units of the practice's currency; audited as a read.")
  public PortalBillingView overview(@QueryParam("client") String client) {
    return billing.overview(caller, actingFor.client(client, Billing.CLIENT));
  }

  @POST
  @Path("payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pay an invoice, or any amount toward the balance, by card",
      description =
          "{invoiceId (or none for credit), amountCents, idempotencyKey, cardToken or"
              + " savedCardId}. The same idempotencyKey sent again answers with the same payment"
              + " and charges nothing more. A decline answers 201 with status FAILED and the"
              + " processor's message; REQUIRES_ACTION carries the clientSecret the processor's"
              + " card form needs for the bank's check. Another client's invoice answers 404.")
  public Response pay(@QueryParam("client") String client, PortalPayment payment) {
    if (payment == null) {
      throw new InvalidInput("Send the payment as a JSON object");
    }
    PaymentView made = billing.pay(caller, actingFor.client(client, Billing.CLIENT), payment);
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @GET
  @Path("payments/{id}")
  @Operation(summary = "A payment's receipt (audited as a read)")
  public ReceiptView receipt(@QueryParam("client") String client, @PathParam("id") PaymentId id) {
    return billing.receipt(caller, actingFor.client(client, Billing.CLIENT), id.value());
  }

  @GET
  @Path("payments/{id}/receipt.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "A payment's receipt as a PDF to keep",
      description = "Names no service. Another client's payment answers 404.")
  public Response receiptPdf(@QueryParam("client") String client, @PathParam("id") PaymentId id) {
    ReceiptView receipt =
        billing.receipt(caller, actingFor.client(client, Billing.CLIENT), id.value());
    return Response.ok(documents.receiptPdf(receipt), "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"receipt-" + receipt.number() + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("payments/{id}/confirmation")
  @Operation(
      summary = "Learn where a payment stands after the bank's check",
      description = "Asks the processor; the ledger receives the money once if it went through.")
  public PaymentView confirm(@QueryParam("client") String client, @PathParam("id") PaymentId id) {
    return billing.confirm(caller, actingFor.client(client, Billing.CLIENT), id.value());
  }

  @POST
  @Path("card-forms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open the test processor's card form (practices on the test processor only)",
      description =
          "{purpose: PAY or SAVE, amountCents, returnPath}: answers the form's address; the form"
              + " sends the client back to returnPath (a path of this site) with token= added."
              + " 409 for a practice on Stripe, whose Payment Element runs in the page.")
  public CardFormAddress cardForm(@QueryParam("client") String client, CardFormRequest form) {
    if (form == null || form.purpose() == null || form.returnPath() == null) {
      throw new InvalidInput("Send purpose, amountCents and returnPath");
    }
    CardForms.Purpose purpose;
    try {
      purpose = CardForms.Purpose.valueOf(form.purpose());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("The purpose is PAY or SAVE");
    }
    try {
      return new CardFormAddress(
          cardForms.open(
              caller,
              actingFor.client(client, Billing.CLIENT),
              purpose,
              form.amountCents(),
              practice.getName(),
              form.returnPath()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("The return path is a path of this site, starting with /");
    }
  }

  @POST
  @Path("cards")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a card for later payments and autopay",
      description =
          "{cardToken, keepingRef}: the processor's token of the card (Stripe: the PaymentMethod"
              + " Stripe.js made). The processor keeps it on the client's customer (Stripe: a"
              + " confirmed SetupIntent). 201 with the card when saved; 202 with clientSecret and"
              + " keepingRef when the card's bank asks the client to confirm: after the check, send"
              + " the same cardToken with that keepingRef. Only the token, brand, last four and"
              + " expiry are kept.")
  public Response saveCard(@QueryParam("client") String client, CardToSave card) {
    if (card == null) {
      throw new InvalidInput("Send the card as a JSON object");
    }
    CardSaving saving = billing.saveCard(caller, actingFor.client(client, Billing.CLIENT), card);
    return Response.status(saving.saved() ? Response.Status.CREATED : Response.Status.ACCEPTED)
        .entity(saving)
        .build();
  }

  @DELETE
  @Path("cards/{id}")
  @Operation(summary = "Remove a saved card; autopay with it stops")
  public Response removeCard(@QueryParam("client") String client, @PathParam("id") SavedCardId id) {
    billing.removeCard(caller, actingFor.client(client, Billing.CLIENT), id.value());
    return Response.noContent().build();
  }

  @GET
  @Path("autopay-terms")
  @Operation(summary = "The autopay terms and their version, to show before consent")
  public Terms terms() {
    return new Terms(AutopayTerms.VERSION, AutopayTerms.text(practice.getName()));
  }

  @PUT
  @Path("autopay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Consent to autopay with a saved card",
      description =
          "{cardId, termsVersion}: records the terms' version, who consented (the client, or a"
              + " contact on their behalf) and when. An outdated version answers 422.")
  public AutopayView consent(@QueryParam("client") String client, AutopayRequest request) {
    if (request == null) {
      throw new InvalidInput("Send the consent as a JSON object");
    }
    return billing.consentToAutopay(caller, actingFor.client(client, Billing.CLIENT), request);
  }

  @DELETE
  @Path("autopay")
  @Operation(summary = "Turn autopay off")
  public Response stopAutopay(@QueryParam("client") String client) {
    billing.stopAutopay(caller, actingFor.client(client, Billing.CLIENT));
    return Response.noContent().build();
  }
}
