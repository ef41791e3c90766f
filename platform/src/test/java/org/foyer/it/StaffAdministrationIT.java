package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff administration through the deployed application: the pages render, an invitation travels
 * from the API through the captured mail to the acceptance page, a therapist meets 403s, a
 * deactivated session ends on its next request, and another practice's staff id is 404.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

  static final String TOKEN = System.getenv("FOYER_OPERATOR_TOKEN");
  static final String PASSWORD = "violet-meadow-harbor-91";
  static final String THERAPIST_PASSWORD = "amber-canyon-ferry-27";
  static final String JSON = "application/json";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");
  static final Pattern LINK = Pattern.compile("staff-invitation\\?token=([A-Za-z0-9_-]{43})");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FoyerDeployment.packagedWar();
  }

  @Test
  void administratorInvitesATherapistWhoJoinsAndIsThenDeactivated() throws Exception {
    String slug = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    String adminEmail = "admin@" + slug + ".example";
    createPractice(slug, adminEmail);
    WebSession admin = new WebSession(base.toString());
    admin.signIn(slug, adminEmail, PASSWORD);

    HttpResponse<String> staffPage = admin.get("/p/" + slug + "/staff/admin/staff");
    assertThat(staffPage.statusCode()).isEqualTo(200);
    assertThat(staffPage.body())
        .contains("1 of 5 staff seats in use")
        .contains("Avery Admin")
        .contains("Invite staff");
    String csrf = WebSession.csrfTokenOf(staffPage.body());
    HttpResponse<String> rolesPage = admin.get("/p/" + slug + "/staff/admin/roles");
    assertThat(rolesPage.statusCode()).isEqualTo(200);
    assertThat(rolesPage.body())
        .contains("Default Permissions")
        .contains("Can invite clients to the client portal and manage intake forms");

    String therapistEmail = "theo@" + slug + ".example";
    HttpResponse<String> invited =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff",
            JSON,
            "{\"email\":\""
                + therapistEmail
                + "\",\"displayName\":\"Theo\",\"role\":\"THERAPIST\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String therapistId = json(invited).getString("id");
    assertThat(json(admin.get("/api/p/" + slug + "/staff/seats")).getInt("used")).isEqualTo(2);

    String token = invitationToken(admin, slug);
    WebSession newcomer = new WebSession(base.toString());
    HttpResponse<String> acceptPage =
        newcomer.get("/p/" + slug + "/staff-invitation?token=" + token);
    assertThat(acceptPage.body()).contains("Choose a password for").contains(therapistEmail);
    HttpResponse<String> weak = accept(newcomer, slug, acceptPage.body(), "short");
    assertThat(weak.body()).contains("Use at least 12 characters.");
    HttpResponse<String> joined = accept(newcomer, slug, weak.body(), THERAPIST_PASSWORD);
    assertThat(joined.body()).contains("Your account is ready.");
    assertThat(newcomer.get("/p/" + slug + "/staff-invitation?token=" + token).body())
        .contains("This invitation has already been used.");

    WebSession therapist = new WebSession(base.toString());
    therapist.signIn(slug, therapistEmail, THERAPIST_PASSWORD);
    HttpResponse<String> therapistPage = therapist.get("/p/" + slug + "/staff/admin/staff");
    assertThat(therapistPage.statusCode()).isEqualTo(200);
    assertThat(therapistPage.body()).doesNotContain("Invite staff");
    String therapistCsrf = WebSession.csrfTokenOf(therapistPage.body());
    HttpResponse<String> refused =
        therapist.send(
            "POST",
            "/api/p/" + slug + "/staff/seats",
            JSON,
            "{\"add\":1}",
            "X-Foyer-CSRF",
            therapistCsrf);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("Add staff subscriptions");

    HttpResponse<String> deactivated =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff/" + therapistId + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(therapist.get("/api/p/" + slug + "/staff").statusCode()).isEqualTo(401);

    HttpResponse<String> self =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff/" + adminId(admin, slug) + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(self.statusCode()).isEqualTo(409);
  }

  @Test
  void anotherPracticesStaffAndRolesAreNotFound() throws Exception {
    String north = "north-" + UUID.randomUUID().toString().substring(0, 8);
    String south = "south-" + UUID.randomUUID().toString().substring(0, 8);
    createPractice(north, "admin@" + north + ".example");
    createPractice(south, "admin@" + south + ".example");
    WebSession northAdmin = new WebSession(base.toString());
    northAdmin.signIn(north, "admin@" + north + ".example", PASSWORD);
    WebSession southAdmin = new WebSession(base.toString());
    southAdmin.signIn(south, "admin@" + south + ".example", PASSWORD);
    String southId = adminId(southAdmin, south);
    String csrf =
        WebSession.csrfTokenOf(northAdmin.get("/p/" + north + "/staff/admin/staff").body());

    assertThat(northAdmin.get("/api/p/" + north + "/staff/" + southId).statusCode()).isEqualTo(404);
    HttpResponse<String> foreign =
        northAdmin.send(
            "POST",
            "/api/p/" + north + "/staff/" + southId + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(
            northAdmin
                .send(
                    "DELETE",
                    "/api/p/" + north + "/roles/" + UUID.randomUUID(),
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    csrf)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            new WebSession(base.toString()).get("/p/" + north + "/staff-invitation?token=x").body())
        .contains("This invitation link is not valid.");
  }

  private String adminId(WebSession session, String slug) throws Exception {
    JsonArray staff =
        Json.createReader(new StringReader(session.get("/api/p/" + slug + "/staff").body()))
            .readArray();
    return staff.getJsonObject(0).getString("id");
  }

  /** The link in the captured invitation mail (development mode keeps mail on a page). */
  private String invitationToken(WebSession session, String slug) throws Exception {
    String mail = session.get("/p/" + slug + "/dev/mail").body();
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as("an invitation link in the captured mail:\n" + mail).isTrue();
    return link.group(1);
  }

  private HttpResponse<String> accept(WebSession session, String slug, String page, String password)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("accept", "accept");
    form.put("password", password);
    form.put("confirmation", password);
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
        "POST", "/p/" + slug + "/staff-invitation", "application/x-www-form-urlencoded", body);
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
