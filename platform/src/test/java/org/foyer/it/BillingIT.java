package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.foyer.billing.control.processors.StripeStub;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.Test;

/**
 * Billing through the deployed application: a biller's ledger, invoice and payment calls, 404 for
 * another practice's ids, the answers documented in /openapi, and the processors' webhook address,
 * which needs no session but refuses a forged signature.
 */
class BillingIT extends FoyerContainerTest {

  @Test
  void staffChargeInvoiceAndRecordAPaymentAndOtherPracticesMeet404() throws Exception {
    String slug = uniqueSlug("billing");
    String api = "/api/p/" + slug;
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String client =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Jo\",\"legalLastName\":\"Rivera\",\"dateOfBirth\":\"1990-05-01\"}");

    HttpResponse<String> charged =
        admin.send(
            "POST",
            api + "/clients/" + client + "/billing/charges",
            JSON,
            "{\"amountCents\":12000,\"description\":\"Assessment report\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(charged.statusCode()).as(charged.body()).isEqualTo(201);
    String charge = json(charged).getString("id");
    HttpResponse<String> refused =
        admin.send(
            "POST",
            api + "/clients/" + client + "/billing/charges",
            JSON,
            "{\"amountCents\":0,\"description\":\"Nothing\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("amountCents");

    HttpResponse<String> created =
        admin.send(
            "POST",
            api + "/invoices",
            JSON,
            "{\"clientId\":\"" + client + "\",\"chargeIds\":[\"" + charge + "\"]}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String invoice = json(created).getString("id");
    assertThat(
            admin
                .send(
                    "POST", api + "/invoices/" + invoice + "/send", JSON, "", "X-Foyer-CSRF", csrf)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> paid =
        admin.send(
            "POST",
            api + "/invoices/" + invoice + "/payments",
            JSON,
            "{\"amountCents\":5000,\"method\":\"CHEQUE\",\"idempotencyKey\":\"k-1\","
                + "\"reference\":\"Cheque 1042\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    assertThat(json(paid).getString("status")).isEqualTo("SUCCEEDED");

    JsonObject ledger = json(admin.get(api + "/clients/" + client + "/billing/ledger"));
    assertThat(ledger.getJsonNumber("balanceCents").longValue()).isEqualTo(7_000);
    assertThat(ledger.getJsonArray("lines")).hasSize(2);
    assertThat(json(admin.get(api + "/invoices/" + invoice)).getString("status"))
        .isEqualTo("PARTIALLY_PAID");

    String otherSlug = uniqueSlug("billing-other");
    WebSession stranger = practiceAdministrator(otherSlug);
    String otherApi = "/api/p/" + otherSlug;
    assertProblem(stranger.get(otherApi + "/clients/" + client + "/billing/ledger"), 404);
    assertProblem(stranger.get(otherApi + "/invoices/" + invoice), 404);
    assertProblem(
        admin.get(api + "/clients/" + java.util.UUID.randomUUID() + "/billing/ledger"), 404);
  }

  @Test
  void aPortalLoginMeetsAnotherClientsBillingAs404AndNothingIsCharged() throws Exception {
    WebSession priya = session();
    priya.signIn("demo", "priya.n@demo.foyer.test", DemoPractice.PASSWORD);
    HttpResponse<String> own = priya.get("/api/p/demo/portal/billing");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    String priyasClient = json(own).getString("clientId");
    long priyasBalance = json(own).getJsonNumber("balanceCents").longValue();

    WebSession jordan = session();
    jordan.signIn("demo", "jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(jordan.get("/api/p/demo/portal/billing").statusCode()).isEqualTo(200);
    assertProblem(jordan.get("/api/p/demo/portal/billing?client=" + priyasClient), 404);
    assertProblem(jordan.get("/api/p/demo/portal/billing?client=not-a-client"), 404);
    assertProblem(
        jordan.get("/api/p/demo/portal/billing/payments/" + java.util.UUID.randomUUID()), 404);
    String csrf = WebSession.csrfTokenOf(jordan.get("/p/demo/portal/home").body());
    HttpResponse<String> paidForSomeoneElse =
        jordan.send(
            "POST",
            "/api/p/demo/portal/billing/payments?client=" + priyasClient,
            JSON,
            "{\"amountCents\":1000,\"idempotencyKey\":\"attack-1\",\"cardToken\":\"tok_x\"}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(paidForSomeoneElse, 404);
    assertThat(
            json(priya.get("/api/p/demo/portal/billing")).getJsonNumber("balanceCents").longValue())
        .isEqualTo(priyasBalance);
  }

  @Test
  void theWebhookAddressNeedsNoSessionButRefusesAForgedSignature() throws Exception {
    String slug = uniqueSlug("webhook");
    String api = "/api/p/" + slug;
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String event =
        StripeStub.event(
            "evt_it",
            "payment_intent.succeeded",
            StripeStub.intent("pi_it", "succeeded", 5_000, java.util.UUID.randomUUID()));

    assertProblem(
        session()
            .send(
                "POST",
                api + "/payment-webhooks/stripe",
                JSON,
                event,
                "Stripe-Signature",
                StripeStub.signature(event, "whsec_it", Instant.now())),
        404);

    HttpResponse<String> connected =
        admin.send(
            "PUT",
            api + "/billing-settings/processor",
            JSON,
            "{\"gateway\":\"STRIPE\",\"secretKey\":\"sk_test_it\",\"webhookSecret\":\"whsec_it\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(connected.statusCode()).as(connected.body()).isEqualTo(204);

    assertProblem(
        session()
            .send(
                "POST",
                api + "/payment-webhooks/stripe",
                JSON,
                event,
                "Stripe-Signature",
                StripeStub.signature(event, "whsec_forged", Instant.now())),
        400);
    HttpResponse<String> genuine =
        session()
            .send(
                "POST",
                api + "/payment-webhooks/stripe",
                JSON,
                event,
                "Stripe-Signature",
                StripeStub.signature(event, "whsec_it", Instant.now()));
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
  }

  /**
   * A clinician's NPI over the API: kept, refused when its check digit is wrong (nothing changed),
   * removed with none; another practice's staff id and a malformed id are 404, an empty body 400.
   */
  @Test
  void aClinicianNpiIsKeptRefusedRemovedAndOtherPracticesStaffMeet404() throws Exception {
    String slug = uniqueSlug("npi");
    String api = "/api/p/" + slug + "/billing-settings/clinician-npis";
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String theo = joinedTherapist(admin, slug, csrf, "theo@" + slug + ".example");
    String other = uniqueSlug("npi-other");
    WebSession otherAdmin = practiceAdministrator(other);
    String otherTheo =
        joinedTherapist(
            otherAdmin,
            other,
            WebSession.csrfTokenOf(otherAdmin.get("/p/" + other + "/staff/home").body()),
            "theo@" + other + ".example");

    HttpResponse<String> kept = putNpi(admin, csrf, api + "/" + theo, "\"1245 319 599\"");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(json(kept).getString("npi")).isEqualTo("1245319599");
    HttpResponse<String> wrong = putNpi(admin, csrf, api + "/" + theo, "\"1245319598\"");
    assertProblem(wrong, 400);
    assertThat(wrong.body()).contains("ten digits", "npi");
    assertThat(admin.get(api).body()).contains("\"npi\":\"1245319599\"", "Theo");

    HttpResponse<String> removed = putNpi(admin, csrf, api + "/" + theo, "null");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    JsonObject none = json(removed);
    assertThat(!none.containsKey("npi") || none.isNull("npi")).as(removed.body()).isTrue();
    assertThat(admin.get(api).body()).doesNotContain("1245319599");

    assertProblem(putNpi(admin, csrf, api + "/" + otherTheo, "\"1245319599\""), 404);
    assertProblem(putNpi(admin, csrf, api + "/not-an-id", "\"1245319599\""), 404);
    assertProblem(admin.send("PUT", api + "/" + theo, JSON, "", "X-Foyer-CSRF", csrf), 400);
  }

  private static HttpResponse<String> putNpi(
      WebSession session, String csrf, String path, String npi) throws Exception {
    return session.send("PUT", path, JSON, "{\"npi\":" + npi + "}", "X-Foyer-CSRF", csrf);
  }
}
