package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every container test does around its own story: create a practice through the operator API,
 * sign its administrator in, add a client, read a link from the captured mail and accept a staff
 * invitation. Each subclass still declares its own {@code @Deployment}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class FoyerContainerTest {

  static final String TOKEN = System.getenv("FOYER_OPERATOR_TOKEN");
  static final String PASSWORD = "violet-meadow-harbor-91";
  static final String THERAPIST_PASSWORD = "amber-canyon-ferry-27";
  static final String JSON = "application/json";
  static final Pattern STAFF_LINK = Pattern.compile("staff-invitation\\?token=([A-Za-z0-9_-]{43})");

  @ArquillianResource URL base;

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

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
