package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Retraction, polling and drafts over real HTTP: a conversation page carries what its script needs
 * and a Retract button; polls (marked X-Foyer-Poll) deliver new messages; a retraction shows on the
 * page and refuses a second time; a draft typed in the reply box is there again when the page is
 * opened; another practice meets 404 on every new address, and a poll without a session 401.
 */
class LiveMessagesIT extends FoyerContainerTest {

  static final Pattern RETRACT_FORM =
      Pattern.compile("<form id=\"([^\"]+)\"[^>]*class=\"foyer-retract\"");
  static final Pattern RETRACT_BUTTON = Pattern.compile("name=\"([^\"]+)\" value=\"Retract\"");

  @Test
  void pollsRetractionsAndDraftsOfAConversation() throws Exception {
    String slug = uniqueSlug("live");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Noa\",\"legalLastName\":\"Berg\",\"dateOfBirth\":\"1988-04-05\"}");
    String api = "/api/p/" + slug + "/conversations";
    HttpResponse<String> started =
        admin.send(
            "POST",
            api,
            JSON,
            "{\"subject\":\"Forms\",\"body\":\"Please fill in the PHQ-9.\",\"client\":\""
                + clientId
                + "\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String id = json(started).getString("id");
    String since = Instant.now().minusSeconds(120).toString();

    // Polls deliver messages and the unread count.
    HttpResponse<String> polled =
        admin.send(
            "GET", api + "/" + id + "/changes?since=" + since, JSON, "", "X-Foyer-Poll", "1");
    assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
    JsonObject update = json(polled);
    assertThat(update.getJsonArray("messages").getJsonObject(0).getString("body"))
        .isEqualTo("Please fill in the PHQ-9.");
    assertThat(update.getString("until")).isNotBlank();
    HttpResponse<String> unread = admin.send("GET", api + "/unread", JSON, "", "X-Foyer-Poll", "1");
    assertThat(unread.statusCode()).as(unread.body()).isEqualTo(200);
    assertThat(json(unread).getJsonNumber("unread").longValue()).isZero();

    // The page carries the script's addresses, the Retract button and a kept draft.
    HttpResponse<String> draft =
        admin.send(
            "PUT",
            api + "/" + id + "/draft",
            JSON,
            "{\"body\":\"Also <the GAD-7>\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(204);
    assertThat(json(admin.get(api + "/" + id + "/draft")).getString("body"))
        .isEqualTo("Also <the GAD-7>");
    String page = admin.get("/p/" + slug + "/staff/messages?id=" + id).body();
    assertThat(page)
        .contains("/api/p/" + slug + "/conversations/" + id + "/changes\"")
        .contains("data-draft-url=")
        .contains("messages/live.js")
        .contains("value=\"Retract\"")
        .contains("Also &lt;the GAD-7&gt;</textarea>");

    // Retracting through the page's button; the page then shows the mark, never the body.
    String messageId =
        json(admin.get(api + "/" + id)).getJsonArray("messages").getJsonObject(0).getString("id");
    Map<String, String> form = new LinkedHashMap<>();
    String formId = WebSession.find(RETRACT_FORM, page);
    form.put(formId, formId);
    form.put("conversation-id", id);
    form.put("message-id", messageId);
    form.put(WebSession.find(RETRACT_BUTTON, page), "Retract");
    HttpResponse<String> afterRetract =
        admin.postForm("/p/" + slug + "/staff/messages", page, form);
    assertThat(afterRetract.body())
        .contains("Message retracted by")
        .doesNotContain("Please fill in the PHQ-9.")
        .doesNotContain("value=\"Retract\"");
    HttpResponse<String> again =
        admin.send(
            "POST",
            api + "/" + id + "/messages/" + messageId + "/retraction",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(again, 409);
    JsonObject seen = json(admin.get(api + "/" + id)).getJsonArray("messages").getJsonObject(0);
    assertThat(seen.getBoolean("retracted")).isTrue();
    assertThat(seen.containsKey("body") && !seen.isNull("body")).isFalse();

    // Another practice meets 404 on every new address; no session meets 401.
    String otherSlug = uniqueSlug("live");
    WebSession other = practiceAdministrator(otherSlug);
    String otherCsrf = WebSession.csrfTokenOf(other.get("/p/" + otherSlug + "/staff/home").body());
    String elsewhere = "/api/p/" + otherSlug + "/conversations/" + id;
    assertProblem(other.send("GET", elsewhere + "/changes", JSON, "", "X-Foyer-Poll", "1"), 404);
    assertProblem(other.get(elsewhere + "/draft"), 404);
    assertProblem(
        other.send(
            "PUT", elsewhere + "/draft", JSON, "{\"body\":\"x\"}", "X-Foyer-CSRF", otherCsrf),
        404);
    assertProblem(
        other.send(
            "POST",
            elsewhere + "/messages/" + messageId + "/retraction",
            JSON,
            "",
            "X-Foyer-CSRF",
            otherCsrf),
        404);
    assertProblem(
        other.send(
            "PUT",
            "/api/p/" + otherSlug + "/conversations/draft",
            JSON,
            "{\"body\":\"x\",\"client\":\"" + clientId + "\"}",
            "X-Foyer-CSRF",
            otherCsrf),
        404);
    assertProblem(
        session().send("GET", api + "/" + id + "/changes", JSON, "", "X-Foyer-Poll", "1"), 401);

    // Sending the reply through the page's form removes the draft.
    String conversationPage = admin.get("/p/" + slug + "/staff/messages?id=" + id).body();
    Map<String, String> reply = new LinkedHashMap<>();
    reply.put("reply", "reply");
    reply.put("conversation-id", id);
    reply.put("reply-body", "Sent from the page");
    reply.put("send-reply", "");
    assertThat(
            admin.postForm("/p/" + slug + "/staff/messages", conversationPage, reply).statusCode())
        .as("the reply form takes files: a post that is not multipart is refused, not a 500")
        .isEqualTo(400);
    conversationPage = admin.get("/p/" + slug + "/staff/messages?id=" + id).body();
    HttpResponse<String> replied =
        admin.postFile(
            "/p/" + slug + "/staff/messages",
            conversationPage,
            reply,
            "reply-files",
            "",
            new byte[0]);
    assertThat(replied.body()).contains("Sent from the page").contains("Message retracted by");
    assertThat(admin.get(api + "/" + id + "/draft").statusCode()).isEqualTo(204);
  }
}
