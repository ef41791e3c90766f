package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.portal.consent.ConsentGate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every answer over real HTTP, as a browser or a script sees it on the wire: the security headers
 * on answers the authentication mechanism writes before any filter runs, the session cookie's
 * attributes, and API answers that are problem documents whatever refuses them. The deployment
 * ships a second consent version, so a portal login that accepted only the first owes it.
 */
class EveryAnswerIT extends OwnDeploymentTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FoyerDeployment.packagedWar()
        .addAsResource(
            new StringAsset("Version 2 of the consent, as a later release would ship it.\n"),
            "org/foyer/portal/consent/v2.en.txt");
  }

  /** Answers exactly as sent: no redirect followed, cookies kept. */
  private final HttpClient raw =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpResponse<String> rawGet(String path, String... headers) throws Exception {
    return get(URI.create(root() + path), headers);
  }

  private HttpResponse<String> get(URI address, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(address).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> readiness() throws Exception {
    return atServerRoot("/health/ready");
  }

  private JsonObject openApiDocument() throws Exception {
    HttpResponse<String> answer = atServerRoot("/openapi", "Accept", "application/json");
    assertThat(answer.statusCode()).isEqualTo(200);
    return json(answer);
  }

  /** The document's operations by path, in the form {@link ApiRoutes} names them. */
  private static Map<String, JsonObject> pathsOf(JsonObject document) {
    Map<String, JsonObject> paths = new java.util.HashMap<>();
    document
        .getJsonObject("paths")
        .forEach((path, item) -> paths.put(ApiRoutes.normalise(path), item.asJsonObject()));
    return paths;
  }

  /** MicroProfile's /openapi and /health answer at the server's root, outside the application. */
  private HttpResponse<String> atServerRoot(String path, String... headers) throws Exception {
    return get(URI.create(base.toString()).resolve(path), headers);
  }

  private String root() {
    String url = base.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static void assertSecurityHeaders(HttpResponse<?> answer) {
    Map<String, List<String>> headers = answer.headers().map();
    String what = answer.request().method() + " " + answer.uri() + " -> " + answer.statusCode();
    assertThat(answer.headers().firstValue("Content-Security-Policy"))
        .as(what)
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
    assertThat(headers).as(what).containsKey("permissions-policy");
  }

  @Test
  void theAuthenticationMechanismsOwnAnswersCarryTheSecurityHeaders() throws Exception {
    String slug = uniqueSlug("headers");
    createPractice(slug, "admin@" + slug + ".example");

    HttpResponse<String> toSignIn = rawGet("/p/" + slug + "/staff/home");
    assertThat(toSignIn.statusCode()).isEqualTo(302);
    assertThat(toSignIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/p/" + slug + "/login"));
    assertSecurityHeaders(toSignIn);

    HttpResponse<String> unauthorized = rawGet("/api/p/" + slug + "/clients");
    assertProblem(unauthorized, 401);
    assertSecurityHeaders(unauthorized);

    WebSession admin = session();
    admin.signIn(slug, "admin@" + slug + ".example", PASSWORD);
    HttpResponse<String> portalPage = admin.get("/p/" + slug + "/portal/home");
    assertThat(portalPage.statusCode()).isEqualTo(404);
    assertThat(portalPage.body()).doesNotContain("Exception");
    assertSecurityHeaders(portalPage);

    HttpResponse<String> portalApi =
        admin.send(
            "POST",
            "/api/p/" + slug + "/portal/forms/" + java.util.UUID.randomUUID() + "/draft",
            "application/x-www-form-urlencoded",
            "a=b",
            "X-Foyer-CSRF",
            WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body()));
    assertProblem(portalApi, 404);
    assertSecurityHeaders(portalApi);

    HttpResponse<String> unknownPractice = rawGet("/p/no-such-practice-here/login");
    assertThat(unknownPractice.statusCode()).isEqualTo(404);
    assertSecurityHeaders(unknownPractice);
  }

  @Test
  void theSessionCookieIsSentHttpOnlyAndSameSiteLax() throws Exception {
    String slug = uniqueSlug("cookie");
    createPractice(slug, "admin@" + slug + ".example");
    HttpResponse<String> signIn = rawGet("/p/" + slug + "/login");
    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .as("Set-Cookie headers")
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("FOYER_SESSION=")
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Lax"));
  }

  @Test
  void pagesAllowNoInlineStyleElements() throws Exception {
    String slug = uniqueSlug("styles");
    createPractice(slug, "admin@" + slug + ".example");
    HttpResponse<String> signIn = rawGet("/p/" + slug + "/login");
    String policy = signIn.headers().firstValue("Content-Security-Policy").orElseThrow();
    List<String> directives =
        java.util.Arrays.stream(policy.split(";")).map(String::strip).toList();
    assertThat(directives).contains("style-src 'self'", "style-src-attr 'unsafe-inline'");
    assertThat(directives)
        .filteredOn(directive -> !directive.startsWith("style-src-attr "))
        .noneMatch(directive -> directive.contains("'unsafe-inline'"));
  }

  @Test
  void theGeneratedWadlIsNotServed() throws Exception {
    for (String path :
        new String[] {"/api/application.wadl", "/api/application.wadl?detail=true"}) {
      HttpResponse<String> wadl = rawGet(path);
      assertThat(wadl.statusCode()).as(path).isEqualTo(404);
      assertThat(wadl.body()).as(path).doesNotContainIgnoringCase("jersey");
      assertSecurityHeaders(wadl);
    }
  }

  @Test
  void aPortalLoginOwingANewerConsentIsRefusedByEveryPortalApiCallUntilItAccepts()
      throws Exception {
    String slug = uniqueSlug("apiconsent");
    String clientEmail = invitedClientWithAPortalLogin(slug);
    acceptedOnlyTheFirstConsent(slug, clientEmail);
    WebSession client = session();
    HttpResponse<String> consentPage = client.signIn(slug, clientEmail, CLIENT_PASSWORD);
    assertThat(consentPage.uri().getPath()).endsWith("/portal/consent");
    String csrf = WebSession.csrfTokenOf(consentPage.body());
    String id = UUID.randomUUID().toString();

    List<HttpResponse<String>> calls =
        List.of(
            client.send(
                "POST",
                "/api/p/" + slug + "/portal/forms/" + id + "/draft",
                "application/x-www-form-urlencoded",
                "answer=yes",
                "X-Foyer-CSRF",
                csrf),
            client.send(
                "POST",
                "/api/p/" + slug + "/portal/forms/" + id + "/signature",
                "image/png",
                "png",
                "X-Foyer-CSRF",
                csrf),
            client.get("/api/p/" + slug + "/clients/" + id + "/documents"),
            client.get("/api/p/" + slug + "/clients/" + id + "/documents/" + id));
    for (HttpResponse<String> refused : calls) {
      assertProblem(refused, 403);
      assertThat(json(refused).getString("type")).isEqualTo(ConsentGate.CONSENT_REQUIRED);
      assertThat(json(refused).getString("detail")).contains("/p/" + slug + "/portal/consent");
    }

    acceptConsent(client, slug, consentPage.body());
    HttpResponse<String> afterConsent =
        client.get("/api/p/" + slug + "/clients/" + id + "/documents");
    assertProblem(afterConsent, 404);
  }

  @Test
  void aPortalLoginOnEveryStaffApiRouteGetsANotFoundProblem() throws Exception {
    String slug = uniqueSlug("portalapi");
    String clientEmail = invitedClientWithAPortalLogin(slug);
    WebSession client = session();
    HttpResponse<String> home = client.signIn(slug, clientEmail, CLIENT_PASSWORD);
    assertThat(home.uri().getPath()).endsWith("/portal/home");
    String csrf = WebSession.csrfTokenOf(home.body());
    String id = UUID.randomUUID().toString();
    List<ApiRoutes.Route> staffRoutes =
        ApiRoutes.all().stream()
            .filter(route -> route.path().startsWith("p/{slug}/"))
            .filter(route -> !route.path().startsWith("p/{slug}/portal/"))
            // Documents are shared with portal logins acting for the client; the service decides.
            .filter(route -> !route.path().contains("/documents"))
            // So are conversations: a portal login sees those of the clients it may message for.
            .filter(route -> !route.path().startsWith("p/{slug}/conversations"))
            // And calendar feeds: a portal login makes and revokes its own.
            .filter(route -> !route.path().startsWith("p/{slug}/calendar-feeds"))
            .toList();
    assertThat(staffRoutes).hasSizeGreaterThan(50);
    for (ApiRoutes.Route route : staffRoutes) {
      String body = route.consumes().contains("json") ? "{}" : "x";
      HttpResponse<String> answer =
          client.send(
              route.method(),
              route.concrete(slug, id),
              route.consumes(),
              body,
              "X-Foyer-CSRF",
              csrf);
      assertProblem(answer, 404);
    }

    HttpResponse<String> draft =
        client.send(
            "POST",
            "/api/p/" + slug + "/portal/forms/" + id + "/draft",
            "application/x-www-form-urlencoded",
            "name=Jo%00rdan",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(draft, 400);
  }

  @Test
  void theOpenApiDocumentDescribesEveryRegisteredOperation() throws Exception {
    JsonObject document = openApiDocument();
    Map<String, JsonObject> paths = pathsOf(document);
    assertThat(document.getJsonObject("components").getJsonObject("securitySchemes"))
        .containsKeys("session", "operatorToken");
    List<String> missing = new java.util.ArrayList<>();
    for (ApiRoutes.Route route : ApiRoutes.all()) {
      String path = "/api/" + route.path();
      JsonObject item = paths.get(path);
      JsonObject operation =
          item == null ? null : item.getJsonObject(route.method().toLowerCase(Locale.ROOT));
      if (operation == null) {
        missing.add(route.method() + " " + path);
        continue;
      }
      String what = route.method() + " " + path;
      assertThat(operation.getJsonObject("responses")).as(what).containsKeys("400", "404");
      if (!route.path().startsWith("branding")) {
        assertThat(operation.getJsonObject("responses")).as(what).containsKey("401");
        assertThat(operation.getJsonArray("security")).as(what).isNotEmpty();
      }
      if (route.takesBody()) {
        assertThat(operation.getJsonObject("requestBody")).as(what).isNotNull();
      }
    }
    assertThat(missing)
        .as("operations missing from /openapi, which has " + paths.keySet())
        .isEmpty();
  }

  /**
   * Resources answer records, not hand-built JSON text, so the document names each answer's shape;
   * a created resource's body is named by its own 201 response.
   */
  @Test
  void theOpenApiDocumentNamesTheSchemaOfEachAnswer() throws Exception {
    JsonObject document = openApiDocument();
    Map<String, JsonObject> paths = pathsOf(document);
    List<String[]> answers =
        List.of(
            new String[] {"get", "/api/p/{slug}/staff", "200"},
            new String[] {"get", "/api/p/{slug}/staff/{id}", "200"},
            new String[] {"post", "/api/p/{slug}/staff", "201"},
            new String[] {"get", "/api/p/{slug}/staff/seats", "200"},
            new String[] {"get", "/api/p/{slug}/roles", "200"},
            new String[] {"post", "/api/p/{slug}/roles", "201"},
            new String[] {"get", "/api/p/{slug}/roles/default-permissions", "200"},
            new String[] {"get", "/api/p/{slug}/packets", "200"},
            new String[] {"get", "/api/p/{slug}/packets/{id}", "200"},
            new String[] {"post", "/api/p/{slug}/packets", "201"},
            new String[] {"post", "/api/p/{slug}/packets/{id}/items", "201"},
            new String[] {"get", "/api/p/{slug}/packs", "200"},
            new String[] {"post", "/api/p/{slug}/packs", "201"},
            new String[] {"get", "/api/p/{slug}/preferences", "200"},
            new String[] {"get", "/api/p/{slug}/forms", "200"},
            new String[] {"post", "/api/p/{slug}/forms", "201"},
            new String[] {"post", "/api/p/{slug}/forms/{id}/publish", "201"},
            new String[] {"get", "/api/p/{slug}/portal-settings", "200"},
            new String[] {"get", "/api/p/{slug}/audit/verification", "200"},
            new String[] {"post", "/api/operator/practices", "201"},
            new String[] {"post", "/api/p/{slug}/clients/{id}/invitations", "201"},
            new String[] {"get", "/api/p/{slug}/conversations", "200"},
            new String[] {"post", "/api/p/{slug}/conversations", "201"},
            new String[] {"get", "/api/p/{slug}/conversations/{id}", "200"},
            new String[] {"post", "/api/p/{slug}/conversations/{id}/messages", "201"},
            new String[] {
              "post", "/api/p/{slug}/conversations/{id}/messages/{messageId}/retraction", "200"
            },
            new String[] {"get", "/api/p/{slug}/conversations/{id}/changes", "200"},
            new String[] {"get", "/api/p/{slug}/conversations/unread", "200"});
    for (String[] expected : answers) {
      String what = expected[0] + " " + expected[1] + " " + expected[2];
      JsonObject item = paths.get(expected[1]);
      assertThat(item).as(what).isNotNull();
      JsonObject response =
          item.getJsonObject(expected[0]).getJsonObject("responses").getJsonObject(expected[2]);
      assertThat(response).as(what).isNotNull();
      assertThat(response.getJsonObject("content"))
          .as(what)
          .isNotNull()
          .containsKey("application/json");
      assertThat(
              response
                  .getJsonObject("content")
                  .getJsonObject("application/json")
                  .getJsonObject("schema"))
          .as(what)
          .isNotNull()
          .isNotEmpty();
    }
  }

  @Test
  void aSignInPagePostedAfterItsSessionIsGoneIsShownAgainSayingSoWithTheEmailKept()
      throws Exception {
    String slug = uniqueSlug("expired");
    createPractice(slug, "admin@" + slug + ".example");
    String leftOpen = session().get("/p/" + slug + "/login").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("email", "admin@" + slug + ".example");
    form.put("password", PASSWORD);
    form.put("sign-in-button", "");

    // The page's session is gone (another browser session posts it): its view state is foreign.
    HttpResponse<String> foreign = session().postForm("/p/" + slug + "/login", leftOpen, form);
    HttpResponse<String> forged =
        session()
            .postForm(
                "/p/" + slug + "/login",
                leftOpen.replaceAll(
                    "(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+",
                    "$1-4242424242424242424:1234567890123456789"),
                form);
    for (HttpResponse<String> answer : List.of(foreign, forged)) {
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body())
          .contains("Your session expired, please try again.")
          .contains("id=\"sign-in-button\"")
          .doesNotContain("Something went wrong")
          .doesNotContain(PASSWORD);
      assertThat(answer.body())
          .as("the typed email is kept")
          .containsPattern("id=\"email\"[^>]*value=\"admin@" + slug + "\\.example\"");
      assertSecurityHeaders(answer);
    }
    HttpResponse<String> again = session().signIn(slug, "admin@" + slug + ".example", PASSWORD);
    assertThat(again.uri().getPath()).endsWith("/staff/home");
  }

  @Test
  void aNulCharacterIsRefusedAsInvalidInputNotAServerError() throws Exception {
    String slug = uniqueSlug("nul");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());

    HttpResponse<String> search = admin.get("/api/p/" + slug + "/clients?q=jo%00rdan");
    assertProblem(search, 400);
    assertThat(json(search).getJsonObject("errors").getString("q")).contains("NUL");

    HttpResponse<String> created =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients",
            JSON,
            "{\"legalFirstName\":\"Jo\\u0000rdan\",\"legalLastName\":\"Avery\","
                + "\"dateOfBirth\":\"1987-03-14\"}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(created, 400);
    assertThat(json(created).getString("detail")).contains("NUL");

    HttpResponse<String> escapedBackslash =
        admin.send(
            "POST",
            "/api/p/" + slug + "/clients",
            JSON,
            "{\"legalFirstName\":\"Jo\\\\u0000rdan\",\"legalLastName\":\"Avery\","
                + "\"dateOfBirth\":\"1987-03-14\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(escapedBackslash.statusCode()).as(escapedBackslash.body()).isEqualTo(201);

    String clients = admin.get("/p/" + slug + "/staff/clients").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("search", "search");
    form.put("query", "Jo\u0000rdan");
    form.put("search-button", "");
    HttpResponse<String> page = admin.postForm("/p/" + slug + "/staff/clients", clients, form);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("invisible control character").contains("Jo");
  }

  @Test
  void anUploadOverTheLimitIsRefusedByThePagesOwnMessage() throws Exception {
    String slug = uniqueSlug("upload");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/clients").body());
    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Jo\",\"legalLastName\":\"Rivera\",\"dateOfBirth\":\"1990-05-01\"}");
    String page = admin.get("/p/" + slug + "/staff/client?id=" + clientId).body();
    byte[] large = new byte[25 * 1024 * 1024];
    System.arraycopy(DocumentsIT.PDF, 0, large, 0, DocumentsIT.PDF.length);
    HttpResponse<String> refused = DocumentsIT.upload(admin, slug, page, "scan.pdf", large);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("id=\"document-problems\"", "The file is larger than 20 MB")
        .contains("General Documents");
    assertSecurityHeaders(refused);
  }

  /**
   * A full disk, as PostgreSQL reports it (SQLSTATE 53100, raised here by triggers standing in for
   * the disk): the page keeps everything and says nothing was stored, the API answers 503 with
   * Retry-After, and the instance reports itself not ready until writes work again.
   */
  @Test
  void aFullDiskIsSaidPlainlyLosesNothingAndMakesTheInstanceNotReady() throws Exception {
    String slug = uniqueSlug("diskfull");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/clients").body());
    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Jo\",\"legalLastName\":\"Rivera\",\"dateOfBirth\":\"1990-05-01\"}");
    String page = admin.get("/p/" + slug + "/staff/client?id=" + clientId).body();
    DeployedDatabase.update(
        "CREATE OR REPLACE FUNCTION refuse_as_disk_full() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'"
            + " USING ERRCODE = 'disk_full'; END $$");
    try {
      for (String table : List.of("general_document", "client", "readiness_probe")) {
        DeployedDatabase.update(
            "CREATE TRIGGER disk_is_full BEFORE INSERT OR UPDATE ON "
                + table
                + " FOR EACH ROW EXECUTE FUNCTION refuse_as_disk_full()");
      }

      HttpResponse<String> upload =
          DocumentsIT.upload(admin, slug, page, "scan.pdf", DocumentsIT.PDF);
      assertThat(upload.statusCode()).isEqualTo(200);
      assertThat(upload.body())
          .contains("id=\"page-mishap\"", "its storage is full", "Nothing was changed")
          .contains("General Documents")
          .doesNotContain("Something went wrong");
      assertSecurityHeaders(upload);

      HttpResponse<String> created =
          admin.send(
              "POST",
              "/api/p/" + slug + "/clients",
              JSON,
              "{\"legalFirstName\":\"Sam\",\"legalLastName\":\"Lee\",\"dateOfBirth\":\"1991-02-03\"}",
              "X-Foyer-CSRF",
              csrf);
      assertProblem(created, 503);
      assertThat(json(created).getString("detail")).contains("storage is full");
      assertThat(created.headers().firstValue("Retry-After")).isPresent();

      HttpResponse<String> ready = readiness();
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("storage full");
    } finally {
      for (String table : List.of("general_document", "client", "readiness_probe")) {
        DeployedDatabase.update("DROP TRIGGER IF EXISTS disk_is_full ON " + table);
      }
    }
    assertThat(readiness().statusCode()).as("ready again").isEqualTo(200);
    String documents = admin.get("/api/p/" + slug + "/clients/" + clientId + "/documents").body();
    assertThat(documents).as("the refused upload stored nothing").doesNotContain("scan.pdf");
    HttpResponse<String> clients = admin.get("/api/p/" + slug + "/clients?q=Lee");
    assertThat(clients.body()).as("the refused client was not created").doesNotContain("Sam");
  }

  /**
   * Every id in an address is typed: text that is not an id names nothing, so it answers 404 like
   * an id nobody has, on every route, never 400 or 500.
   */
  @Test
  void aMalformedIdAnswersNotFoundOnEveryRoute() throws Exception {
    String slug = uniqueSlug("malformed");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    List<ApiRoutes.Route> withIds =
        ApiRoutes.all().stream()
            .filter(route -> route.path().startsWith("p/{slug}/"))
            .filter(route -> route.path().matches(".*\\{(id|[a-z]+Id)}.*"))
            .toList();
    assertThat(withIds).hasSizeGreaterThan(30);
    for (ApiRoutes.Route route : withIds) {
      String body = route.consumes().contains("json") ? "{}" : "x";
      HttpResponse<String> answer =
          admin.send(
              route.method(),
              route.concrete(slug, "not-an-id"),
              route.consumes(),
              body,
              "X-Foyer-CSRF",
              csrf);
      assertThat(answer.statusCode()).as(route.method() + " " + route.path()).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .as(route.method() + " " + route.path())
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }
}
