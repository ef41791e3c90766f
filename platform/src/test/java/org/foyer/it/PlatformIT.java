package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application on managed Payara Micro, probed through HTTP as an operator, as two
 * practices' administrators and as an attacker holding the other practice's ids.
 */
class PlatformIT extends OwnDeploymentTest {

  WebSession operator;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FoyerDeployment.packagedWar();
  }

  @BeforeEach
  void operatorSession() {
    operator = session();
  }

  @Test
  void operatorCreatesAPracticeWhoseAdministratorSignsIn() throws Exception {
    String slug = uniqueSlug("north");
    HttpResponse<String> created = requestPractice(slug, "admin@" + slug + ".example");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject body = json(created);
    assertThat(body.getString("slug")).isEqualTo(slug);
    assertThat(body.getString("signIn")).isEqualTo("/p/" + slug + "/login");

    WebSession admin = session();
    HttpResponse<String> home = admin.signIn(slug, "admin@" + slug + ".example", PASSWORD);
    assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/staff/home");
    assertThat(home.body()).contains("Welcome, Avery Admin");
  }

  @Test
  void operatorRequestsAreRefusedWithSpecificProblems() throws Exception {
    String slug = uniqueSlug("dup");
    assertThat(requestPractice(slug, "admin@" + slug + ".example").statusCode()).isEqualTo(201);

    HttpResponse<String> duplicate = requestPractice(slug, "other@" + slug + ".example");
    assertProblem(duplicate, 409);
    assertThat(json(duplicate).getString("detail")).contains("already taken");

    HttpResponse<String> wrongToken =
        operator.send(
            "POST", "/api/operator/practices", JSON, "{}", "Authorization", "Bearer guess");
    assertProblem(wrongToken, 401);

    HttpResponse<String> malformed =
        operator.send(
            "POST", "/api/operator/practices", JSON, "{\"slug\": ", "Authorization", bearer());
    assertProblem(malformed, 400);

    HttpResponse<String> wrongType =
        operator.send(
            "POST", "/api/operator/practices", "text/plain", "hello", "Authorization", bearer());
    assertProblem(wrongType, 415);

    HttpResponse<String> invalid =
        operator.send(
            "POST",
            "/api/operator/practices",
            JSON,
            "{\"slug\":\"Bad Slug!\",\"name\":\"\",\"timeZone\":\"Mars/Olympus\","
                + "\"adminEmail\":\"nope\",\"adminName\":\"A\",\"adminPassword\":\"password123\"}",
            "Authorization",
            bearer());
    assertProblem(invalid, 400);
    JsonObject errors = json(invalid).getJsonObject("errors");
    assertThat(errors.keySet()).contains("slug", "name", "timeZone", "adminEmail", "adminPassword");
    assertThat(invalid.body()).doesNotContain("Exception").doesNotContain("org.foyer");
  }

  @Test
  void anotherPracticesIdsAnswerNotFoundAndSessionsDoNotCrossPractices() throws Exception {
    String north = uniqueSlug("north");
    String south = uniqueSlug("south");
    String northAdminId =
        json(requestPractice(north, "admin@" + north + ".example")).getString("administratorId");
    String southAdminId =
        json(requestPractice(south, "admin@" + south + ".example")).getString("administratorId");

    WebSession northAdmin = session();
    northAdmin.signIn(north, "admin@" + north + ".example", PASSWORD);

    HttpResponse<String> own = northAdmin.get("/api/p/" + north + "/staff/" + northAdminId);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json(own).getString("email")).isEqualTo("admin@" + north + ".example");

    HttpResponse<String> foreign = northAdmin.get("/api/p/" + north + "/staff/" + southAdminId);
    assertProblem(foreign, 404);
    HttpResponse<String> missing =
        northAdmin.get("/api/p/" + north + "/staff/" + UUID.randomUUID());
    assertThat(foreign.body()).isEqualTo(missing.body());
    assertProblem(northAdmin.get("/api/p/" + north + "/staff/not-an-id"), 404);

    assertProblem(northAdmin.get("/api/p/" + south + "/staff/" + southAdminId), 401);
    HttpResponse<String> foreignPage = northAdmin.get("/p/" + south + "/staff/home");
    assertThat(foreignPage.uri().getPath()).endsWith("/p/" + south + "/login");

    assertProblem(session().get("/api/p/" + north + "/staff/" + northAdminId), 401);
  }

  @Test
  void aClientRecordIsCheckedByTheSameRulesAsThePageAndBadIdsAreNotFound() throws Exception {
    String slug = uniqueSlug("records");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String path = "/api/p/" + slug + "/clients";

    HttpResponse<String> refused =
        admin.send(
            "POST",
            path,
            JSON,
            "{\"legalFirstName\":\""
                + "A".repeat(81)
                + "\",\"legalLastName\":\"  \","
                + "\"dateOfBirth\":\"2999-01-01\",\"postalCode\":\"<script>\","
                + "\"clinicianId\":\""
                + UUID.randomUUID()
                + "\"}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(refused, 400);
    assertThat(json(refused).toString())
        .contains(
            "Use at most 80 characters",
            "Enter the legal last name",
            "The date of birth cannot be in the future",
            "Enter a ZIP code like 60614",
            "Choose a therapist of your practice as the clinician")
        .doesNotContain("<script>");
    assertThat(admin.get(path).body()).isEqualTo("[]");

    String id =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"  Riley \",\"legalLastName\":\"Stone\","
                + "\"dateOfBirth\":\"1990-01-02\",\"email\":\"\"}");
    HttpResponse<String> stored = admin.get(path + "/" + id);
    assertThat(json(stored).getJsonObject("record").getString("legalFirstName")).isEqualTo("Riley");
    assertThat(json(stored).getJsonObject("record").getOrDefault("email", JsonValue.NULL))
        .as("an empty email is no email")
        .isEqualTo(JsonValue.NULL);

    assertProblem(admin.get(path + "/not-an-id"), 404);
    assertProblem(admin.get(path + "/" + UUID.randomUUID()), 404);
    assertProblem(admin.send("POST", path, JSON, "null", "X-Foyer-CSRF", csrf), 400);
  }

  @Test
  void stateChangingApiRequestsNeedTheSessionsCsrfToken() throws Exception {
    String slug = uniqueSlug("csrf");
    String adminId =
        json(requestPractice(slug, "admin@" + slug + ".example")).getString("administratorId");
    WebSession admin = session();
    HttpResponse<String> home = admin.signIn(slug, "admin@" + slug + ".example", PASSWORD);
    String path = "/api/p/" + slug + "/staff/" + adminId;

    assertProblem(admin.send("DELETE", path, JSON, ""), 403);
    assertProblem(admin.send("DELETE", path, JSON, "", "X-Foyer-CSRF", "forged-token"), 403);
    String token = WebSession.csrfTokenOf(home.body());
    HttpResponse<String> withToken = admin.send("DELETE", path, JSON, "", "X-Foyer-CSRF", token);
    assertThat(withToken.statusCode()).as("past the guard, JAX-RS answers").isEqualTo(405);
  }

  @Test
  void oversizedApiRequestsAreRefusedBeforeTheyAreRead() throws Exception {
    String huge = "{\"slug\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    HttpResponse<String> response =
        operator.send("POST", "/api/operator/practices", JSON, huge, "Authorization", bearer());
    assertProblem(response, 413);
  }

  @Test
  void unknownPracticesAnswerNotFoundWithoutInternals() throws Exception {
    HttpResponse<String> page = operator.get("/p/no-such-practice/login");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("couldn't find that page").doesNotContain("Exception");
    assertProblem(operator.get("/api/p/no-such-practice/staff/" + UUID.randomUUID()), 404);
    assertThat(operator.get("/login.xhtml").statusCode()).isEqualTo(404);
  }

  /**
   * An error page under a practice's address names the practice and leads back: staff to their home
   * page, anyone signed out to the sign-in page. Under an address of no practice it names none and
   * does not repeat what was typed.
   */
  @Test
  void errorPagesOfAPracticeNameItAndLeadBack() throws Exception {
    String slug = uniqueSlug("lost");
    WebSession admin = practiceAdministrator(slug);

    for (String address :
        List.of(
            "/p/" + slug + "/staff/no-such-page",
            "/p/" + slug + "/staff/client?id=" + UUID.randomUUID(),
            "/p/" + slug + "/staff/client?id=%3Cscript%3E")) {
      HttpResponse<String> page = admin.get(address);
      assertThat(page.statusCode()).as(address).isEqualTo(404);
      assertThat(page.body())
          .as(address)
          .contains(
              "couldn't find that page",
              "<title>Page not found · Practice " + slug + "</title>",
              "/p/" + slug + "/staff/home\">Go to your home page</a>")
          .doesNotContain("<script>");
    }
    HttpResponse<String> signedOut = operator.get("/p/" + slug + "/no-such-page");
    assertThat(signedOut.statusCode()).isEqualTo(404);
    assertThat(signedOut.body()).contains("/p/" + slug + "/login\">Go to the sign-in page</a>");

    HttpResponse<String> nowhere = operator.get("/p/no-such-practice/staff/home?x=%3Cb%3E");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body())
        .contains("<title>Page not found · Foyer</title>", "couldn't find that page")
        .doesNotContain("next-step", "no-such-practice", "<b>");
  }

  @Test
  void auditChainRecordsCreationAndSignInAndVerifiesIntact() throws Exception {
    String slug = uniqueSlug("audit");
    WebSession admin = practiceAdministrator(slug);

    HttpResponse<String> verification = admin.get("/api/p/" + slug + "/audit/verification");
    assertThat(verification.statusCode()).isEqualTo(200);
    JsonObject result = json(verification);
    assertThat(result.getBoolean("intact")).isTrue();
    // practice created, first staff created, authenticator enrolled, signed in
    assertThat(result.getJsonNumber("intactEvents").longValue()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void responsesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> page = operator.get("/p/demo/login");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            policy ->
                assertThat(policy)
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self' 'nonce-")
                    .doesNotContainPattern("script-src[^;]*unsafe-inline"));
    HttpResponse<String> api = operator.get("/api/p/no-such-practice/x");
    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly");
  }
}
