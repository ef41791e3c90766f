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

  @Test
  void administratorsSetMessagingUpAndStaffTriageTheInboxOverHttp() throws Exception {
    String slug = uniqueSlug("msgtri");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String clientEmail = "quinn@" + slug + ".example";
    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Quinn\",\"legalLastName\":\"Ash\","
                + "\"dateOfBirth\":\"1991-01-02\",\"email\":\""
                + clientEmail
                + "\"}");
    assertThat(invite(admin, slug, csrf, clientId, clientEmail).statusCode()).isEqualTo(201);
    String token = mailedToken(admin, slug, LINK);
    WebSession phone = session();
    HttpResponse<String> invitation = phone.get("/p/" + slug + "/portal-invitation?token=" + token);
    accept(phone, slug, invitation.body(), "Quinn A.", CLIENT_PASSWORD, true);
    WebSession client = session();
    HttpResponse<String> home = client.signIn(slug, clientEmail, CLIENT_PASSWORD);
    String clientCsrf = WebSession.csrfTokenOf(home.body());
    String settings = "/api/p/" + slug + "/messaging-settings";
    String api = "/api/p/" + slug + "/conversations";

    assertThat(json(admin.get(settings)).getString("crisisNotice")).contains("988");
    HttpResponse<String> empty =
        admin.send("PUT", settings, JSON, settingsJson(true, ""), "X-Foyer-CSRF", csrf);
    assertProblem(empty, 400);
    assertThat(empty.body()).contains("crisisNotice").contains("Enter a crisis notice");
    assertProblem(client.get(settings), 404);

    HttpResponse<String> started =
        client.send(
            "POST",
            api,
            JSON,
            "{\"subject\":\"Hello\",\"body\":\"First message\"}",
            "X-Foyer-CSRF",
            clientCsrf);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = json(started).getString("id");

    String me = admin.get("/api/p/" + slug + "/staff").body();
    String adminId = me.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    HttpResponse<String> assigned =
        admin.send(
            "PUT",
            api + "/" + id + "/assignee",
            JSON,
            "{\"assignee\":\"" + adminId + "\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(json(assigned).getString("assignedTo")).isEqualTo(adminId);
    assertProblem(
        admin.send(
            "PUT",
            api + "/" + id + "/assignee",
            JSON,
            "{\"assignee\":\"" + UUID.randomUUID() + "\"}",
            "X-Foyer-CSRF",
            csrf),
        404);
    assertThat(
            admin
                .send("PUT", api + "/" + id + "/done", JSON, "", "X-Foyer-CSRF", csrf)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            admin
                .send("PUT", api + "/" + id + "/flag", JSON, "", "X-Foyer-CSRF", csrf)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            json(admin.get(api + "?status=done&flagged=true&assigned=me"))
                .getJsonArray("conversations"))
        .hasSize(1);
    assertThat(json(admin.get(api + "?status=open")).getJsonArray("conversations")).isEmpty();
    assertProblem(admin.get(api + "?status=closed"), 400);
    assertProblem(
        client.send("PUT", api + "/" + id + "/flag", JSON, "", "X-Foyer-CSRF", clientCsrf), 404);
    JsonObject seenByClient = json(client.get(api)).getJsonArray("conversations").getJsonObject(0);
    assertThat(seenByClient.getBoolean("flagged")).isFalse();

    String otherSlug = uniqueSlug("msgtri");
    WebSession other = practiceAdministrator(otherSlug);
    String otherCsrf = WebSession.csrfTokenOf(other.get("/p/" + otherSlug + "/staff/home").body());
    assertProblem(
        other.send(
            "DELETE",
            "/api/p/" + otherSlug + "/conversations/" + id + "/done",
            JSON,
            "",
            "X-Foyer-CSRF",
            otherCsrf),
        404);

    HttpResponse<String> off =
        admin.send("PUT", settings, JSON, settingsJson(false, "Call 988"), "X-Foyer-CSRF", csrf);
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertProblem(client.get(api), 404);
    assertProblem(client.get(api + "/" + id), 404);
    assertThat(client.get("/p/" + slug + "/portal/messages").statusCode()).isEqualTo(404);
    assertThat(client.get("/p/" + slug + "/portal/home").body()).doesNotContain("messages-link");
    assertThat(json(admin.get(api + "/" + id)).getJsonArray("messages")).hasSize(1);
  }

  private static String settingsJson(boolean enabled, String crisisNotice) {
    return "{\"enabled\":"
        + enabled
        + ",\"recipients\":\"CLINICIAN_AND_FRONT_DESK\",\"autoReply\":\"\","
        + "\"officeDays\":[\"MONDAY\",\"FRIDAY\"],\"officeOpens\":\"09:00\","
        + "\"officeCloses\":\"17:00\",\"crisisNotice\":\""
        + crisisNotice
        + "\"}";
  }
}
