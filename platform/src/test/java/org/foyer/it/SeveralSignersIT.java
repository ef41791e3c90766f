package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Forms with several signers over HTTP (issue 13): staff send a form naming both parents of a
 * client as its signers in order; a contact who is not the client's, or a field that is no
 * signature, answers 400 naming it; another practice's administrator meets 404; a form not waiting
 * for the clinician cannot be countersigned.
 */
class SeveralSignersIT extends FoyerContainerTest {

  static final String PRIVACY = "pack:foyer-default:privacy-notice-acknowledgment";

  @Test
  void staffSendAFormNamingBothParentsAsItsSignersInOrder() throws Exception {
    String slug = uniqueSlug("signers");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String child =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Mila\",\"legalLastName\":\"Lake\",\"dateOfBirth\":\"2015-03-14\"}");
    String contacts = "/api/p/" + slug + "/clients/" + child + "/contacts";
    String ada = contact(admin, contacts, csrf, "Ada Lake", "ada@" + slug + ".example");
    String ben = contact(admin, contacts, csrf, "Ben Lake", "ben@" + slug + ".example");
    String send = "/api/p/" + slug + "/clients/" + child + "/intake-forms";

    HttpResponse<String> sent =
        admin.send(
            "POST",
            send,
            JSON,
            "{\"form\":\""
                + PRIVACY
                + "\",\"signers\":{\"signature\":[\""
                + ada
                + "\",\""
                + ben
                + "\"]}}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(json(sent).getInt("forms")).isEqualTo(1);
    HttpResponse<String> listed = admin.get(send);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonObject form =
        Json.createReader(new StringReader(listed.body())).readArray().getJsonObject(0);
    assertThat(form.getString("status")).isEqualTo("OUTSTANDING");
    String formId = form.getString("id");

    HttpResponse<String> stranger =
        admin.send(
            "POST",
            send,
            JSON,
            "{\"form\":\"" + PRIVACY + "\",\"signers\":{\"signature\":[\"" + child + "\"]}}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(stranger, 400);
    assertThat(json(stranger).getJsonObject("errors").keySet()).contains("signers/signature");
    HttpResponse<String> notASignature =
        admin.send(
            "POST",
            send,
            JSON,
            "{\"form\":\"" + PRIVACY + "\",\"signers\":{\"receivedHow\":[\"" + ada + "\"]}}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(notASignature, 400);

    HttpResponse<String> early =
        admin.send(
            "POST",
            "/api/p/" + slug + "/intake/countersignatures/" + formId,
            JSON,
            "{\"typedName\":\"Harbor Admin\"}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(early, 404);

    String otherSlug = uniqueSlug("signers");
    WebSession other = practiceAdministrator(otherSlug);
    String otherCsrf = WebSession.csrfTokenOf(other.get("/p/" + otherSlug + "/staff/home").body());
    assertProblem(
        other.send(
            "POST",
            "/api/p/" + otherSlug + "/clients/" + child + "/intake-forms",
            JSON,
            "{\"form\":\"" + PRIVACY + "\"}",
            "X-Foyer-CSRF",
            otherCsrf),
        404);
    assertProblem(
        other.send(
            "POST",
            "/api/p/" + otherSlug + "/intake/countersignatures/" + formId,
            JSON,
            "{\"typedName\":\"Someone\"}",
            "X-Foyer-CSRF",
            otherCsrf),
        404);
  }

  private static String contact(
      WebSession admin, String contacts, String csrf, String name, String email) throws Exception {
    HttpResponse<String> added =
        admin.send(
            "POST",
            contacts,
            JSON,
            "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"relationship\":\"PARENT\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return json(added).getString("id");
  }
}
