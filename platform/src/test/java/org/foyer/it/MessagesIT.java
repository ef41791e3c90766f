package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The conversations API over real HTTP: a client writes, the practice answers, the client reads the
 * answer; another practice, unknown and malformed ids meet 404 problems and change nothing.
 */
class MessagesIT extends FoyerContainerTest {

  /** A practice with its administrator signed in, and a client signed in to the portal. */
  record Sides(
      String slug,
      WebSession admin,
      String adminCsrf,
      WebSession client,
      String clientCsrf,
      String clientId) {}

  Sides sides() throws Exception {
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
    return new Sides(slug, admin, adminCsrf, client, clientCsrf, clientId);
  }

  @Test
  void aClientWritesThePracticeAnswersAndNoOneElseSeesIt() throws Exception {
    Sides sides = sides();
    String slug = sides.slug();
    WebSession admin = sides.admin();
    String adminCsrf = sides.adminCsrf();
    WebSession client = sides.client();
    String clientCsrf = sides.clientCsrf();
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

    // Staff may hold a conversation with one person acting for the client, chosen from the list.
    HttpResponse<String> people = admin.get(api + "/addressees?client=" + sides.clientId());
    assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
    JsonObject riley =
        Json.createReader(new java.io.StringReader(people.body())).readArray().getJsonObject(0);
    assertThat(riley.getString("name")).isEqualTo("Riley Stone");
    assertThat(riley.getBoolean("client")).isTrue();
    HttpResponse<String> withRiley =
        admin.send(
            "POST",
            api,
            JSON,
            "{\"subject\":\"Just you\",\"body\":\"A word\",\"client\":\""
                + sides.clientId()
                + "\",\"contact\":\""
                + riley.getString("contact")
                + "\"}",
            "X-Foyer-CSRF",
            adminCsrf);
    assertThat(withRiley.statusCode()).as(withRiley.body()).isEqualTo(201);
    assertThat(json(withRiley).getString("withOnly")).isEqualTo("Riley Stone");
    assertThat(json(client.get(api)).getJsonArray("conversations")).hasSize(2);
    assertProblem(
        admin.send(
            "POST",
            api,
            JSON,
            "{\"subject\":\"S\",\"body\":\"B\",\"client\":\""
                + sides.clientId()
                + "\",\"contact\":\""
                + UUID.randomUUID()
                + "\"}",
            "X-Foyer-CSRF",
            adminCsrf),
        404);
    assertProblem(
        other.get("/api/p/" + otherSlug + "/conversations/addressees?client=" + sides.clientId()),
        404);
    assertProblem(admin.get(api + "/addressees?client=not-an-id"), 404);
  }

  /**
   * Hostile text sent through the API comes back as typed in JSON and is shown inert on both
   * conversation pages: no markup runs, no expression language or template is evaluated, and a
   * right-to-left override never reaches a page or a subject.
   */
  @Test
  void hostileTextComesBackAsTypedAndIsShownInertOnEveryPage() throws Exception {
    Sides sides = sides();
    String api = "/api/p/" + sides.slug() + "/conversations";
    String longLine = "x".repeat(19_000);
    String body =
        "<script>alert('body')</script> <img src=x onerror=alert(1)> #{7*7} ${7*7}"
            + " #set($a = 49)$a \u202Egnp.exe "
            + longLine;
    String subject = "<script>alert('subject')</script> #{7*7} \u202Eevil";
    HttpResponse<String> started =
        sides
            .client()
            .send(
                "POST",
                api,
                JSON,
                Json.createObjectBuilder()
                    .add("subject", subject)
                    .add("body", body)
                    .build()
                    .toString(),
                "X-Foyer-CSRF",
                sides.clientCsrf());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = json(started).getString("id");

    HttpResponse<String> read = sides.admin().get(api + "/" + id);
    assertThat(read.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject conversation = json(read);
    String storedBody = conversation.getJsonArray("messages").getJsonObject(0).getString("body");
    assertThat(storedBody)
        .startsWith("<script>alert('body')</script> <img src=x onerror=alert(1)> #{7*7} ${7*7}")
        .contains("#set($a = 49)$a")
        .contains(longLine)
        .as("the API gives the text as typed; pages show it inert")
        .contains("\u202Egnp.exe");
    assertThat(json(started).getString("subject"))
        .isEqualTo("<script>alert('subject')</script> #{7*7} evil");

    for (HttpResponse<String> page :
        java.util.List.of(
            sides.admin().get("/p/" + sides.slug() + "/staff/messages?id=" + id),
            sides.client().get("/p/" + sides.slug() + "/portal/messages?id=" + id))) {
      assertThat(page.statusCode()).isEqualTo(200);
      String html = page.body();
      assertThat(html)
          .contains("&lt;script&gt;alert(")
          .doesNotContain("<script>alert(")
          .doesNotContain("<img src=x")
          .contains("#{7*7}")
          .contains("${7*7}")
          .contains("#set($a = 49)$a")
          .doesNotContain(" 49 ")
          .doesNotContain("\u202E")
          .contains(longLine);
    }
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

  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\nthe card\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'};

  @Test
  void filesGoWithMessagesComeBackByteForByteAndStaffFileOne() throws Exception {
    Sides sides = sides();
    String api = "/api/p/" + sides.slug() + "/conversations";
    HttpResponse<String> started =
        sides
            .client()
            .send(
                "POST",
                api,
                JSON,
                "{\"subject\":\"Insurance\",\"body\":\"New card\"}",
                "X-Foyer-CSRF",
                sides.clientCsrf());
    String id = json(started).getString("id");

    HttpResponse<String> sent =
        multipart(
            sides.client(),
            api + "/" + id + "/messages",
            sides.clientCsrf(),
            "Front and back",
            "card.pdf",
            PDF,
            "back.jpeg",
            JPEG);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(json(sent).getJsonArray("attachments")).hasSize(2);
    HttpResponse<String> refused =
        multipart(
            sides.client(),
            api + "/" + id + "/messages",
            sides.clientCsrf(),
            "Invoice",
            "invoice.pdf",
            new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
    assertProblem(refused, 400);
    assertThat(refused.body()).contains("Only PDF, PNG and JPEG");
    // Past the API's 1 MiB for other bodies: a 3 MiB scan goes, a file over 20 MiB is named.
    byte[] scan = java.util.Arrays.copyOf(PDF, 3 * 1024 * 1024);
    HttpResponse<String> large =
        multipart(
            sides.client(), api + "/" + id + "/messages", sides.clientCsrf(), "", "scan.pdf", scan);
    assertThat(large.statusCode()).as(large.body()).isEqualTo(201);
    HttpResponse<String> huge =
        multipart(
            sides.client(),
            api + "/" + id + "/messages",
            sides.clientCsrf(),
            "Too big",
            "huge.pdf",
            java.util.Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1));
    assertProblem(huge, 400);
    assertThat(huge.body()).contains("huge.pdf").contains("larger than 20 MB");
    HttpResponse<String> json =
        sides
            .client()
            .send(
                "POST",
                api + "/" + id + "/messages",
                JSON,
                "{\"body\":\"And JSON still works\"}",
                "X-Foyer-CSRF",
                sides.clientCsrf());
    assertThat(json.statusCode()).as(json.body()).isEqualTo(201);

    JsonObject read = json(sides.admin().get(api + "/" + id));
    JsonObject withFiles = read.getJsonArray("messages").getJsonObject(1);
    assertThat(read.getJsonArray("messages")).hasSize(4);
    assertThat(withFiles.getString("body")).isEqualTo("Front and back");
    JsonObject card = withFiles.getJsonArray("attachments").getJsonObject(0);
    assertThat(card.getString("fileName")).isEqualTo("card.pdf");
    String file = api + "/" + id + "/attachments/" + card.getString("id");
    HttpResponse<byte[]> download = sides.admin().getBytes(file);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"card.pdf\"");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(sides.client().getBytes(file).body()).isEqualTo(PDF);

    HttpResponse<String> filed =
        sides.admin().send("POST", file + "/filing", JSON, "", "X-Foyer-CSRF", sides.adminCsrf());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    assertThat(json(filed).getBoolean("earlier")).isFalse();
    HttpResponse<String> again =
        sides.admin().send("POST", file + "/filing", JSON, "", "X-Foyer-CSRF", sides.adminCsrf());
    assertThat(json(again).getBoolean("earlier")).isTrue();
    assertProblem(
        sides.client().send("POST", file + "/filing", JSON, "", "X-Foyer-CSRF", sides.clientCsrf()),
        404);
    HttpResponse<String> documents =
        sides.admin().get("/api/p/" + sides.slug() + "/clients/" + sides.clientId() + "/documents");
    assertThat(documents.body()).contains("card.pdf").contains(json(filed).getString("documentId"));

    assertProblem(
        sides.admin().get(api + "/" + UUID.randomUUID() + "/attachments/" + card.getString("id")),
        404);
    String otherSlug = uniqueSlug("msgs");
    WebSession other = practiceAdministrator(otherSlug);
    assertProblem(
        other.get(
            "/api/p/"
                + otherSlug
                + "/conversations/"
                + id
                + "/attachments/"
                + card.getString("id")),
        404);

    // The portal page: a refused file keeps the typed text and says why; a good one is sent.
    String page = "/p/" + sides.slug() + "/portal/messages";
    HttpResponse<String> opened = sides.client().get(page + "?id=" + id);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("reply", "reply");
    fields.put("reply-body", "Typed before choosing a file");
    fields.put("conversation-id", id);
    fields.put("conversation", id);
    fields.put("send-reply", "");
    HttpResponse<String> wrong =
        sides
            .client()
            .postFile(
                page,
                opened.body(),
                fields,
                "reply-files",
                "page.pdf",
                "<!doctype html><p>hi".getBytes(StandardCharsets.UTF_8));
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("Only PDF, PNG and JPEG")
        .contains("Typed before choosing a file");
    HttpResponse<String> right =
        sides.client().postFile(page, wrong.body(), fields, "reply-files", "photo.jpg", JPEG);
    assertThat(right.statusCode()).as(right.body()).isIn(200, 302, 303);
    JsonObject after = json(sides.admin().get(api + "/" + id));
    JsonObject last =
        after.getJsonArray("messages").getJsonObject(after.getJsonArray("messages").size() - 1);
    assertThat(last.getString("body")).isEqualTo("Typed before choosing a file");
    assertThat(last.getJsonArray("attachments").getJsonObject(0).getString("fileName"))
        .isEqualTo("photo.jpg");
  }

  /** A multipart reply: the body part and the files in pairs of name and content. */
  static HttpResponse<String> multipart(
      WebSession session, String path, String csrf, String body, Object... files) throws Exception {
    String boundary = "----foyer-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n"
                + body
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < files.length; i += 2) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + files[i]
                  + "\"\r\nContent-Type: application/pdf\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes((byte[]) files[i + 1]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return session.sendBytes(
        "POST",
        path,
        "multipart/form-data; boundary=" + boundary,
        out.toByteArray(),
        "X-Foyer-CSRF",
        csrf);
  }
}
