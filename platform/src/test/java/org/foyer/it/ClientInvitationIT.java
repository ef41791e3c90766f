package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's way in, end to end on Payara Micro: staff invite through the API, the email is
 * captured, the client opens the link on their phone, chooses a password, accepts the consent to
 * electronic records and lands on their portal home; the used link and a forged one are refused.
 * The deployment also ships a second consent version, as the next release would: a login whose last
 * acceptance was of version 1 is stopped at the consent page on any portal page, and accepting
 * continues to the page it asked for.
 */
@ExtendWith(ArquillianExtension.class)
class ClientInvitationIT {

  static final String TOKEN = System.getenv("FOYER_OPERATOR_TOKEN");
  static final String PASSWORD = "violet-meadow-harbor-91";
  static final String CLIENT_PASSWORD = "copper-lagoon-pencil-77";
  static final String JSON = "application/json";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");
  static final Pattern LINK = Pattern.compile("portal-invitation\\?token=([A-Za-z0-9_-]{43})");

  @ArquillianResource URL base;

  static final String CONSENT_V2 =
      "Version 2 of the consent to electronic records, as a later release would ship it.\n";
  static final Pattern STYLESHEET =
      Pattern.compile("href=\"[^\"]*?(/api/branding/[0-9a-f]{6}\\.css)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FoyerDeployment.packagedWar()
        .addAsResource(new StringAsset(CONSENT_V2), "org/foyer/portal/consent/v2.en.txt");
  }

  @Test
  void anInvitedClientSetsAPasswordConsentsAndLandsInTheirPortal() throws Exception {
    String slug = "invite-" + UUID.randomUUID().toString().substring(0, 8);
    String adminEmail = "admin@" + slug + ".example";
    createPractice(slug, adminEmail);
    WebSession admin = new WebSession(base.toString());
    admin.signIn(slug, adminEmail, PASSWORD);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());

    HttpResponse<String> client =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients",
            JSON,
            "{\"legalFirstName\":\"Jordan\",\"legalLastName\":\"Avery\","
                + "\"dateOfBirth\":\"1987-03-14\",\"email\":\"jordan@"
                + slug
                + ".example\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
    String clientId = json(client).getString("id");

    String clientEmail = "jordan@" + slug + ".example";
    HttpResponse<String> invited =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients/" + clientId + "/invitations",
            JSON,
            "{\"email\":\"" + clientEmail + "\",\"relationship\":\"SELF\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(json(invited).getBoolean("newLogin")).isTrue();
    HttpResponse<String> foreign =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients/" + UUID.randomUUID() + "/invitations",
            JSON,
            "{\"email\":\"x@" + slug + ".example\",\"relationship\":\"SELF\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(foreign.statusCode()).isEqualTo(404);

    String mail = admin.get("/p/" + slug + "/dev/mail").body();
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as("an invitation link in the captured mail:\n" + mail).isTrue();
    assertThat(mail).doesNotContain("1987");
    String token = link.group(1);

    WebSession phone = new WebSession(base.toString());
    HttpResponse<String> page = phone.get("/p/" + slug + "/portal-invitation?token=" + token);
    assertThat(page.body())
        .contains(clientEmail)
        .contains("Consent to electronic records and signatures")
        .contains("width=device-width");

    HttpResponse<String> withoutConsent =
        accept(phone, slug, page.body(), "Jordan A.", CLIENT_PASSWORD, false);
    assertThat(withoutConsent.body())
        .contains("tick the box")
        .contains("value=\"Jordan A.\"")
        .doesNotContain(CLIENT_PASSWORD);

    HttpResponse<String> home =
        accept(phone, slug, withoutConsent.body(), "Jordan A.", CLIENT_PASSWORD, true);
    assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
    assertThat(home.body()).contains("Welcome, Jordan A.");

    assertThat(phone.get("/p/" + slug + "/portal/consent").body())
        .contains("Consent to electronic records");
    assertThat(
            new WebSession(base.toString())
                .get("/p/" + slug + "/portal-invitation?token=" + token)
                .body())
        .contains("This invitation has already been used.");
    assertThat(
            new WebSession(base.toString())
                .get("/p/" + slug + "/portal-invitation?token=" + "A".repeat(43))
                .body())
        .contains("This invitation link is not valid.");

    WebSession again = new WebSession(base.toString());
    HttpResponse<String> signedIn = again.signIn(slug, clientEmail, CLIENT_PASSWORD);
    assertThat(signedIn.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
  }

  @Test
  void aLoginThatOwesANewerConsentIsAskedOnAnyPortalPageThenReachesThePage() throws Exception {
    String slug = "consent-" + UUID.randomUUID().toString().substring(0, 8);
    String clientEmail = invitedClientWithAPortalLogin(slug);
    // History as a release ago: this login accepted version 1, before version 2 shipped.
    assertThat(
            DeployedDatabase.update(
                "UPDATE consent_acceptance SET consent_version = 1 WHERE portal_account_id ="
                    + " (SELECT a.id FROM portal_account a JOIN practice p ON p.id = a.tenant_id"
                    + " WHERE a.email = ? AND p.slug = ?)",
                clientEmail,
                slug))
        .isEqualTo(1);

    WebSession client = new WebSession(base.toString());
    HttpResponse<String> signedIn = client.signIn(slug, clientEmail, CLIENT_PASSWORD);
    assertThat(signedIn.uri().getPath()).endsWith("/p/" + slug + "/portal/consent");
    assertThat(signedIn.body())
        .contains("This consent has been updated since you last accepted it")
        .contains("Version 2 of the consent");

    for (String page : new String[] {"/portal/security", "/portal/activity", "/portal/home"}) {
      HttpResponse<String> stopped = client.get("/p/" + slug + page);
      assertThat(stopped.uri().getPath()).as(page).endsWith("/p/" + slug + "/portal/consent");
      assertThat(stopped.uri().getQuery()).as(page).isEqualTo("next=" + page);
    }
    HttpResponse<String> consentPage = client.get("/p/" + slug + "/portal/documents");
    assertThat(consentPage.uri().getPath()).endsWith("/portal/consent");

    Matcher stylesheet = STYLESHEET.matcher(consentPage.body());
    assertThat(stylesheet.find()).as("the practice's branding stylesheet is linked").isTrue();
    HttpResponse<String> css = client.get(stylesheet.group(1));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(css.body()).contains("--foyer-brand:#");
    assertThat(consentPage.body()).contains("id=\"practice-name\">Practice " + slug + "<");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("consent-form", "consent-form");
    form.put("agreed", "on");
    form.put("accept-consent", "");
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, consentPage.body()));
    form.put("primefaces.nonce", find(NONCE, consentPage.body()));
    HttpResponse<String> reached =
        client.send(
            "POST",
            "/p/" + slug + "/portal/consent",
            "application/x-www-form-urlencoded",
            encoded(form));
    assertThat(reached.uri().getPath()).endsWith("/p/" + slug + "/portal/documents");
    assertThat(reached.body()).contains("id=\"portal-documents\"");
    assertThat(client.get("/p/" + slug + "/portal/security").uri().getPath())
        .endsWith("/p/" + slug + "/portal/security");
  }

  /** A new practice whose client was invited and accepted: returns the client's portal email. */
  private String invitedClientWithAPortalLogin(String slug) throws Exception {
    String adminEmail = "admin@" + slug + ".example";
    createPractice(slug, adminEmail);
    WebSession admin = new WebSession(base.toString());
    admin.signIn(slug, adminEmail, PASSWORD);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String clientEmail = "riley@" + slug + ".example";
    HttpResponse<String> client =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients",
            JSON,
            "{\"legalFirstName\":\"Riley\",\"legalLastName\":\"Stone\","
                + "\"dateOfBirth\":\"1990-01-02\",\"email\":\""
                + clientEmail
                + "\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
    HttpResponse<String> invited =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients/" + json(client).getString("id") + "/invitations",
            JSON,
            "{\"email\":\"" + clientEmail + "\",\"relationship\":\"SELF\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    Matcher link = LINK.matcher(admin.get("/p/" + slug + "/dev/mail").body());
    assertThat(link.find()).isTrue();
    WebSession phone = new WebSession(base.toString());
    HttpResponse<String> page =
        phone.get("/p/" + slug + "/portal-invitation?token=" + link.group(1));
    HttpResponse<String> home = accept(phone, slug, page.body(), "Riley S.", CLIENT_PASSWORD, true);
    assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
    return clientEmail;
  }

  private static String encoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> accept(
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
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
    form.put("primefaces.nonce", find(NONCE, page));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return session.send(
        "POST", "/p/" + slug + "/portal-invitation", "application/x-www-form-urlencoded", body);
  }

  private void createPractice(String slug, String adminEmail) throws Exception {
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
    HttpResponse<String> created =
        new WebSession(base.toString())
            .send(
                "POST", "/api/operator/practices", JSON, body, "Authorization", "Bearer " + TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find()).as("page lacks " + pattern + ":\n" + page).isTrue();
    return matcher.group(1);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
