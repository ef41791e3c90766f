package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.e2e.BundledFoyer;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every container test does around its own story: create a practice through the operator API,
 * sign its administrator in, add a client, read a link from the captured mail and accept a staff
 * invitation. The tests talk to the bundled application ({@code foyer.jar}, started once for every
 * test class of the run, each working in practices of its own); a test that needs a deployment of
 * its own extends {@link OwnDeploymentTest}.
 */
abstract class FoyerContainerTest {

  static final String TOKEN = System.getenv("FOYER_OPERATOR_TOKEN");
  static final String PASSWORD = "violet-meadow-harbor-91";
  static final String THERAPIST_PASSWORD = "amber-canyon-ferry-27";
  static final String JSON = "application/json";
  static final String CLIENT_PASSWORD = "copper-lagoon-pencil-77";
  static final Pattern LINK = Pattern.compile("portal-invitation\\?token=([A-Za-z0-9_-]{43})");
  static final Pattern STAFF_LINK = Pattern.compile("staff-invitation\\?token=([A-Za-z0-9_-]{43})");

  URL base;

  @BeforeEach
  void findTheApplication() throws Exception {
    base = deployed();
  }

  /** Where the application under test answers; here the bundled one, shared by the whole run. */
  URL deployed() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    DeployedDatabase.use(foyer.dataDirectory());
    return URI.create(foyer.url("/")).toURL();
  }

  /** A new browser-like session with no cookies. */
  WebSession session() {
    return new WebSession(base.toString());
  }

  static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String bearer() {
    return "Bearer " + TOKEN;
  }

  /** The operator API's answer to creating a practice whose administrator has {@link #PASSWORD}. */
  HttpResponse<String> requestPractice(String slug, String adminEmail) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("slug", slug)
            .add("name", "Practice " + slug)
            .add("timeZone", "America/Denver")
            .add("adminEmail", adminEmail)
            .add("adminName", "Avery Admin")
            .add("adminPassword", PASSWORD)
            .build()
            .toString();
    return session().send("POST", "/api/operator/practices", JSON, body, "Authorization", bearer());
  }

  void createPractice(String slug, String adminEmail) throws Exception {
    HttpResponse<String> created = requestPractice(slug, adminEmail);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  /** A new practice's administrator (admin@{slug}.example), signed in. */
  WebSession practiceAdministrator(String slug) throws Exception {
    String email = "admin@" + slug + ".example";
    createPractice(slug, email);
    WebSession admin = session();
    admin.signIn(slug, email, PASSWORD);
    return admin;
  }

  /** Creates a client through the API (body as JSON); returns its id. */
  String createClient(WebSession admin, String slug, String csrf, String client) throws Exception {
    HttpResponse<String> created =
        admin.send("POST", "/api/p/" + slug + "/clients", JSON, client, "X-Foyer-CSRF", csrf);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getString("id");
  }

  /** The token of the first link in the captured mail (development mode keeps mail on a page). */
  static String mailedToken(WebSession session, String slug, Pattern link) throws Exception {
    String mail = session.get("/p/" + slug + "/dev/mail").body();
    Matcher token = link.matcher(mail);
    assertThat(token.find()).as("a link in the captured mail:\n" + mail).isTrue();
    return token.group(1);
  }

  /**
   * Invites a therapist named Theo by the staff API and accepts by the invitation page, with {@link
   * #THERAPIST_PASSWORD}; returns the new staff member's id.
   */
  String joinedTherapist(WebSession admin, String slug, String csrf, String email)
      throws Exception {
    HttpResponse<String> invited =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff",
            JSON,
            "{\"email\":\"" + email + "\",\"displayName\":\"Theo\",\"role\":\"THERAPIST\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String token = mailedToken(admin, slug, STAFF_LINK);
    WebSession newcomer = session();
    String page = newcomer.get("/p/" + slug + "/staff-invitation?token=" + token).body();
    HttpResponse<String> joined = acceptStaffInvitation(newcomer, slug, page, THERAPIST_PASSWORD);
    assertThat(joined.body()).contains("Your account is ready.");
    return json(invited).getString("id");
  }

  /** Posts the staff invitation page's form: the newcomer chooses their password. */
  static HttpResponse<String> acceptStaffInvitation(
      WebSession newcomer, String slug, String page, String password) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("accept", "accept");
    form.put("password", password);
    form.put("confirmation", password);
    form.put("accept-button", "");
    return newcomer.postForm("/p/" + slug + "/staff-invitation", page, form);
  }

  /** A new practice whose client was invited and accepted: returns the client's portal email. */
  String invitedClientWithAPortalLogin(String slug) throws Exception {
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String clientEmail = "riley@" + slug + ".example";
    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Riley\",\"legalLastName\":\"Stone\","
                + "\"dateOfBirth\":\"1990-01-02\",\"email\":\""
                + clientEmail
                + "\"}");
    HttpResponse<String> invited = invite(admin, slug, csrf, clientId, clientEmail);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String token = mailedToken(admin, slug, LINK);
    WebSession phone = session();
    HttpResponse<String> page = phone.get("/p/" + slug + "/portal-invitation?token=" + token);
    HttpResponse<String> home = accept(phone, slug, page.body(), "Riley S.", CLIENT_PASSWORD, true);
    assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
    return clientEmail;
  }

  /**
   * History as a release ago: the client's portal login accepted consent version 1, before the
   * version the deployment ships (a test deployment adding v2) existed.
   */
  static void acceptedOnlyTheFirstConsent(String slug, String clientEmail) throws Exception {
    assertThat(
            DeployedDatabase.update(
                "UPDATE consent_acceptance SET consent_version = 1 WHERE portal_account_id ="
                    + " (SELECT a.id FROM portal_account a JOIN practice p ON p.id = a.tenant_id"
                    + " WHERE a.email = ? AND p.slug = ?)",
                clientEmail,
                slug))
        .isEqualTo(1);
  }

  /** Ticks and accepts the consent to electronic records on its page; returns where it led. */
  static HttpResponse<String> acceptConsent(WebSession client, String slug, String consentPage)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("consent-form", "consent-form");
    form.put("agreed", "on");
    form.put("accept-consent", "");
    return client.postForm("/p/" + slug + "/portal/consent", consentPage, form);
  }

  /** Staff invite a client (themself, not a contact) through the API. */
  static HttpResponse<String> invite(
      WebSession admin, String slug, String csrf, String clientId, String email) throws Exception {
    return admin.send(
        "POST",
        "/api/p/" + slug + "/clients/" + clientId + "/invitations",
        JSON,
        "{\"email\":\"" + email + "\",\"relationship\":\"SELF\"}",
        "X-Foyer-CSRF",
        csrf);
  }

  HttpResponse<String> accept(
      WebSession session, String slug, String page, String name, String password, boolean consent)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("accept", "accept");
    form.put("display-name", name);
    form.put("password", password);
    form.put("confirmation", password);
    if (consent) {
      form.put("consent", "on");
    }
    form.put("accept-button", "");
    return session.postForm("/p/" + slug + "/portal-invitation", page, form);
  }

  /** An RFC 9457 problem document of that status, as every API refusal must be. */
  static void assertProblem(HttpResponse<String> answer, int status) {
    String what = answer.request().method() + " " + answer.uri() + ": " + answer.body();
    assertThat(answer.statusCode()).as(what).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(answer).getInt("status")).as(what).isEqualTo(status);
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
