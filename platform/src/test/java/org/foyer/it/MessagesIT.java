package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The conversations API over real HTTP: a client writes, the practice answers, the client reads the
 * answer; another practice, unknown and malformed ids meet 404 problems and change nothing.
 */
class MessagesIT extends FoyerContainerTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FoyerDeployment.packagedWar();
  }

  @Test
  void aClientWritesThePracticeAnswersAndNoOneElseSeesIt() throws Exception {
    String slug = uniqueSlug("msgs");
    WebSession admin = practiceAdministrator(slug);
    String adminCsrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String clientEmail = "riley@" + slug + ".example";
    String clientId =
        createClient(
            admin,
            slug,
            adminCsrf,
            "{\"legalFirstName\":\"Riley\",\"legalLastName\":\"Stone\","
                + "\"dateOfBirth\":\"1990-01-02\",\"email\":\""
                + clientEmail
                + "\"}");
    assertThat(invite(admin, slug, adminCsrf, clientId, clientEmail).statusCode()).isEqualTo(201);
    String token = mailedToken(admin, slug, LINK);
    WebSession phone = session();
    HttpResponse<String> invitation = phone.get("/p/" + slug + "/portal-invitation?token=" + token);
    accept(phone, slug, invitation.body(), "Riley S.", CLIENT_PASSWORD, true);
    WebSession client = session();
    HttpResponse<String> home = client.signIn(slug, clientEmail, CLIENT_PASSWORD);
    String clientCsrf = WebSession.csrfTokenOf(home.body());
    String api = "/api/p/" + slug + "/conversations";

    HttpResponse<String> started =
        client.send(
            "POST",
            api,
            JSON,
            "{\"subject\":\"Next week\",\"body\":\"Can we move <b>Tuesday</b>?\"}",
            "X-Foyer-CSRF",
            clientCsrf);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = json(started).getString("id");
    assertThat(json(started).getString("subject")).isEqualTo("Next week");

    HttpResponse<String> inbox = admin.get(api + "?unread=true");
    assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
    assertThat(json(inbox).getJsonArray("conversations")).hasSize(1);
    HttpResponse<String> read = admin.get(api + "/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).getJsonArray("messages").getJsonObject(0).getString("body"))
        .isEqualTo("Can we move <b>Tuesday</b>?");
    HttpResponse<String> answered =
        admin.send(
            "POST",
            api + "/" + id + "/messages",
            JSON,
            "{\"body\":\"Yes: Wednesday at 10.\"}",
            "X-Foyer-CSRF",
            adminCsrf);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

    HttpResponse<String> listed = client.get(api);
    JsonObject first = json(listed).getJsonArray("conversations").getJsonObject(0);
    assertThat(first.getBoolean("unread")).isTrue();
    HttpResponse<String> seen = client.get(api + "/" + id + "?limit=1");
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(json(seen).getJsonArray("messages").getJsonObject(0).getString("body"))
        .isEqualTo("Yes: Wednesday at 10.");
    String earlier = json(seen).getString("earlier");
    HttpResponse<String> before = client.get(api + "/" + id + "?limit=1&cursor=" + earlier);
    assertThat(json(before).getJsonArray("messages").getJsonObject(0).getString("body"))
        .startsWith("Can we move");
    assertThat(json(before).getString("earlier", null)).isNull();

    assertProblem(client.get(api + "/" + id + "?cursor=not-a-cursor"), 400);
    assertProblem(client.get(api + "/" + UUID.randomUUID()), 404);
    assertProblem(client.get(api + "/not-an-id"), 404);
    assertProblem(
        client.send(
            "POST",
            api + "/" + id + "/messages",
            JSON,
            "{\"body\":\"  \"}",
            "X-Foyer-CSRF",
            clientCsrf),
        400);

    String otherSlug = uniqueSlug("msgs");
    WebSession other = practiceAdministrator(otherSlug);
    String otherCsrf = WebSession.csrfTokenOf(other.get("/p/" + otherSlug + "/staff/home").body());
    String elsewhere = "/api/p/" + otherSlug + "/conversations/" + id;
    assertProblem(other.get(elsewhere), 404);
    assertProblem(
        other.send(
            "POST", elsewhere + "/messages", JSON, "{\"body\":\"Hi\"}", "X-Foyer-CSRF", otherCsrf),
        404);
    assertThat(
            json(other.get("/api/p/" + otherSlug + "/conversations")).getJsonArray("conversations"))
        .isEmpty();
    assertThat(json(admin.get(api + "/" + id)).getJsonArray("messages")).hasSize(2);
  }
}
