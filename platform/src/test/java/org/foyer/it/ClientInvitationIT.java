package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A client's way in, end to end on Payara Micro: staff invite through the API, the email is
 * captured, the client opens the link on their phone, chooses a password, accepts the consent to
 * electronic records and lands on their portal home; the used link and a forged one are refused.
 * The deployment also ships a second consent version, as the next release would: a login whose last
 * acceptance was of version 1 is stopped at the consent page on any portal page, and accepting
 * continues to the page it asked for.
 */
class ClientInvitationIT extends OwnDeploymentTest {

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
    String slug = uniqueSlug("invite");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());

    String clientId =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Jordan\",\"legalLastName\":\"Avery\","
                + "\"dateOfBirth\":\"1987-03-14\",\"email\":\"jordan@"
                + slug
                + ".example\"}");

    String clientEmail = "jordan@" + slug + ".example";
    HttpResponse<String> invited = invite(admin, slug, csrf, clientId, clientEmail);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(json(invited).getBoolean("newLogin")).isTrue();
    HttpResponse<String> foreign =
        invite(admin, slug, csrf, UUID.randomUUID().toString(), "x@" + slug + ".example");
    assertThat(foreign.statusCode()).isEqualTo(404);

    String token = mailedToken(admin, slug, LINK);
    assertThat(admin.get("/p/" + slug + "/dev/mail").body()).doesNotContain("1987");

    WebSession phone = session();
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
    assertThat(session().get("/p/" + slug + "/portal-invitation?token=" + token).body())
        .contains("This invitation has already been used.");
    assertThat(session().get("/p/" + slug + "/portal-invitation?token=" + "A".repeat(43)).body())
        .contains("This invitation link is not valid.");

    WebSession again = session();
    HttpResponse<String> signedIn = again.signIn(slug, clientEmail, CLIENT_PASSWORD);
    assertThat(signedIn.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
  }

  @Test
  void aLoginThatOwesANewerConsentIsAskedOnAnyPortalPageThenReachesThePage() throws Exception {
    String slug = uniqueSlug("consent");
    String clientEmail = invitedClientWithAPortalLogin(slug);
    acceptedOnlyTheFirstConsent(slug, clientEmail);

    WebSession client = session();
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

    HttpResponse<String> reached = acceptConsent(client, slug, consentPage.body());
    assertThat(reached.uri().getPath()).endsWith("/p/" + slug + "/portal/documents");
    assertThat(reached.body()).contains("id=\"portal-documents\"");
    assertThat(client.get("/p/" + slug + "/portal/security").uri().getPath())
        .endsWith("/p/" + slug + "/portal/security");
  }

  @Test
  void staffKeepAClientsContactsThroughTheApiAndTheClientPage() throws Exception {
    String slug = uniqueSlug("contacts");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String child =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Ella\",\"legalLastName\":\"Brooks\","
                + "\"dateOfBirth\":\"2014-02-20\"}");
    String sibling =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Theo\",\"legalLastName\":\"Brooks\","
                + "\"dateOfBirth\":\"2017-07-08\"}");
    String contacts = "/api/p/" + slug + "/clients/" + child + "/contacts";
    String motherEmail = "maria@" + slug + ".example";

    HttpResponse<String> added =
        admin.send(
            "POST",
            contacts,
            JSON,
            "{\"name\":\"Maria Brooks\",\"email\":\""
                + motherEmail
                + "\",\"relationship\":\"PARENT\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject mother = json(added);
    assertThat(mother.getJsonArray("permissions")).hasSize(6);
    assertThat(mother.getString("portalStatus")).isEqualTo("NOT_INVITED");
    String motherPath = contacts + "/" + mother.getString("id");

    HttpResponse<String> invalid =
        admin.send(
            "POST",
            contacts,
            JSON,
            "{\"email\":\"nope\",\"relationship\":\"CUSTOM\"}",
            "X-Foyer-CSRF",
            csrf);
    assertProblem(invalid, 400);
    assertThat(json(invalid).getJsonObject("errors").keySet())
        .contains("name", "email", "relationshipLabel");

    HttpResponse<String> narrowed =
        admin.send(
            "PUT",
            motherPath,
            JSON,
            "{\"name\":\"Maria Brooks\",\"email\":\""
                + motherEmail
                + "\",\"relationship\":\"PARENT\",\"permissions\":[\"DOCUMENTS\"]}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
    assertThat(json(narrowed).getJsonArray("permissions").getString(0)).isEqualTo("DOCUMENTS");

    HttpResponse<String> invited =
        admin.send("POST", motherPath + "/invitations", JSON, "", "X-Foyer-CSRF", csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(json(admin.get(motherPath)).getString("portalStatus")).isEqualTo("INVITED");

    WebSession maria = session();
    String token = mailedToken(admin, slug, LINK);
    HttpResponse<String> welcome = maria.get("/p/" + slug + "/portal-invitation?token=" + token);
    HttpResponse<String> home =
        accept(maria, slug, welcome.body(), "Maria B.", CLIENT_PASSWORD, true);
    assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
    assertThat(home.body()).contains("Ella");
    assertThat(home.body())
        .as("a link that may only see documents is offered documents, and no forms")
        .contains("id=\"current-profile\"", "id=\"documents-link\"")
        .doesNotContain("id=\"forms-title\"");
    String childDocuments = "/api/p/" + slug + "/clients/" + child + "/documents";
    assertThat(maria.get(childDocuments).statusCode()).isEqualTo(200);
    assertProblem(maria.get("/api/p/" + slug + "/clients/" + sibling + "/documents"), 404);
    HttpResponse<String> onlyNotices =
        admin.send(
            "PUT",
            motherPath,
            JSON,
            "{\"name\":\"Maria Brooks\",\"email\":\""
                + motherEmail
                + "\",\"relationship\":\"PARENT\",\"permissions\":[\"NOTICES\"]}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(onlyNotices.statusCode()).as(onlyNotices.body()).isEqualTo(200);
    assertProblem(maria.get(childDocuments), 404);
    assertThat(maria.get("/p/" + slug + "/portal/home").body())
        .as("the home offers nothing the narrowed link does not permit")
        .contains("id=\"current-profile\"")
        .doesNotContain("id=\"documents-link\"", "id=\"forms-title\"");
    assertThat(maria.get("/p/" + slug + "/portal/documents").statusCode()).isEqualTo(404);
    assertThat(
            admin
                .send(
                    "PUT",
                    motherPath,
                    JSON,
                    "{\"name\":\"Maria Brooks\",\"email\":\""
                        + motherEmail
                        + "\",\"relationship\":\"PARENT\",\"permissions\":[\"DOCUMENTS\"]}",
                    "X-Foyer-CSRF",
                    csrf)
                .statusCode())
        .isEqualTo(200);
    assertThat(maria.get(childDocuments).statusCode()).isEqualTo(200);
    HttpResponse<String> documentsPage = maria.get("/p/" + slug + "/portal/documents");
    assertThat(documentsPage.statusCode()).isEqualTo(200);
    assertThat(documentsPage.body()).contains("id=\"acting-for\"", "You are acting for");

    // Ella is 12: once the practice keeps items from guardians from 12, a document staff mark
    // answers Maria 404, exactly like a missing one, while staff still open it.
    assertThat(
            admin
                .send(
                    "PUT",
                    "/api/p/" + slug + "/portal-settings/minor-privacy",
                    JSON,
                    "{\"fromAge\":12}",
                    "X-Foyer-CSRF",
                    csrf)
                .statusCode())
        .isEqualTo(200);
    DocumentsIT.upload(
        admin,
        slug,
        admin.get("/p/" + slug + "/staff/client?id=" + child).body(),
        "Session notes.pdf",
        DocumentsIT.PDF);
    String noteId =
        jakarta.json.Json.createReader(new java.io.StringReader(admin.get(childDocuments).body()))
            .readArray()
            .getJsonObject(0)
            .getString("id");
    String note = childDocuments + "/" + noteId;
    assertThat(maria.getBytes(note).statusCode()).isEqualTo(200);
    HttpResponse<String> kept =
        admin.send(
            "PUT",
            note + "/confidentiality",
            JSON,
            "{\"confidentialFromGuardians\":true}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(maria.getBytes(note).statusCode()).isEqualTo(404);
    assertThat(maria.getBytes(childDocuments + "/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(maria.get(childDocuments).body()).doesNotContain(noteId);
    assertThat(admin.getBytes(note).statusCode()).isEqualTo(200);
    String ellaEmail = "ella@" + slug + ".example";
    HttpResponse<String> ellaInvited = invite(admin, slug, csrf, child, ellaEmail);
    assertThat(ellaInvited.statusCode()).as(ellaInvited.body()).isEqualTo(201);
    WebSession ella = session();
    HttpResponse<String> ellaWelcome =
        ella.get("/p/" + slug + "/portal-invitation?token=" + mailedToken(admin, slug, LINK));
    assertThat(ellaWelcome.body()).contains(ellaEmail);
    accept(ella, slug, ellaWelcome.body(), "Ella B.", CLIENT_PASSWORD, true);
    assertThat(ella.getBytes(note).statusCode()).isEqualTo(200);
    assertThat(ella.get(childDocuments).body()).contains(noteId);

    assertProblem(
        admin.get("/api/p/" + slug + "/clients/" + sibling + "/contacts/" + mother.getString("id")),
        404);
    assertProblem(admin.get(contacts + "/" + UUID.randomUUID()), 404);

    String clientPage = "/p/" + slug + "/staff/client?id=" + child;
    HttpResponse<String> page = admin.get(clientPage);
    assertThat(page.body())
        .contains("id=\"contacts-heading\"", "Maria Brooks", "Parent")
        .contains("Uses the portal", "May view documents")
        .doesNotContain(">NOT_INVITED<", ">INVITED<", ">DOCUMENTS<", ">PARENT<");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("contact-form", "contact-form");
    form.put("contact-name", "Nel Parks");
    form.put("contact-phone", "312 555 0100");
    form.put("contact-relationship", "EMERGENCY_CONTACT");
    form.put("contact-usual", "on");
    form.put("save-contact", "");
    HttpResponse<String> saved = admin.postForm("/p/" + slug + "/staff/client", page.body(), form);
    assertThat(saved.body())
        .contains("id=\"contact-notice\"", "Added Nel Parks.")
        .contains("Emergency contact", "Listed only: no access for this client")
        .contains("Not invited to the portal");

    Map<String, String> revoke = new LinkedHashMap<>();
    revoke.put("contact-list-form", "contact-list-form");
    revoke.put("contact-list:0:revoke-contact", "");
    HttpResponse<String> revoked =
        admin.postForm("/p/" + slug + "/staff/client", saved.body(), revoke);
    assertThat(revoked.body())
        .contains("Maria Brooks can no longer use the portal for this client.")
        .contains("Portal access revoked");
    assertThat(json(admin.get(motherPath)).getString("portalStatus")).isEqualTo("REVOKED");
    assertProblem(maria.get(childDocuments), 404);

    Map<String, String> brother = new LinkedHashMap<>();
    brother.put("contact-form", "contact-form");
    brother.put("contact-clientId", sibling);
    brother.put("contact-relationship", "CUSTOM");
    brother.put("contact-relationshipLabel", "Brother");
    brother.put("contact-usual", "on");
    brother.put("save-contact", "");
    HttpResponse<String> asClient =
        admin.postForm("/p/" + slug + "/staff/client", revoked.body(), brother);
    assertThat(asClient.body())
        .contains("Added Theo Brooks.", "(also a client)", "Brother")
        .doesNotContain(">CUSTOM<");

    Map<String, String> edit = new LinkedHashMap<>();
    edit.put("contact-list-form", "contact-list-form");
    edit.put("contact-list:1:edit-contact", "");
    HttpResponse<String> editing =
        admin.postForm("/p/" + slug + "/staff/client", asClient.body(), edit);
    assertThat(editing.body()).contains("Change contact", "value=\"Nel Parks\"");
    Map<String, String> widen = new LinkedHashMap<>();
    widen.put("contact-form", "contact-form");
    widen.put("contact-name", "Nel Parks");
    widen.put("contact-phone", "312 555 0100");
    widen.put("contact-relationship", "EMERGENCY_CONTACT");
    widen.put("contact-permissions", "NOTICES");
    widen.put("save-contact", "");
    HttpResponse<String> widened =
        admin.postForm("/p/" + slug + "/staff/client", editing.body(), widen);
    assertThat(widened.body()).contains("Saved Nel Parks.", "May receive notices", "Add a contact");

    HttpResponse<String> removed = admin.send("DELETE", motherPath, JSON, "", "X-Foyer-CSRF", csrf);
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertProblem(admin.get(motherPath), 404);
  }

  @Test
  void staffReviewTheParentsOfAClientWhoTurned18AndMarkTheReviewDone() throws Exception {
    String slug = uniqueSlug("eighteen");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
    String born =
        java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusYears(18).minusDays(2).toString();
    String noa =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Noa\",\"legalLastName\":\"Lake\",\"dateOfBirth\":\""
                + born
                + "\"}");
    String contacts = "/api/p/" + slug + "/clients/" + noa + "/contacts";
    HttpResponse<String> added =
        admin.send(
            "POST",
            contacts,
            JSON,
            "{\"name\":\"Rita Lake\",\"email\":\"rita@"
                + slug
                + ".example\",\"relationship\":\"PARENT\",\"permissions\":[\"DOCUMENTS\",\"NOTICES\"]}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String parentPath = contacts + "/" + json(added).getString("id");

    assertThat(admin.get("/p/" + slug + "/staff/home").body())
        .contains("Turned 18: review contacts (1)", "id=\"attention-turned-18-link\"");
    assertThat(admin.get("/p/" + slug + "/staff/clients").body()).contains("id=\"turned-18-note\"");
    HttpResponse<String> list = admin.get("/p/" + slug + "/staff/turned-18");
    assertThat(list.body())
        .contains("Noa Lake", "Rita Lake", "Parent", "May view documents and receive notices")
        .contains("Turned 18 on", "Review their contacts", "Mark review done")
        .doesNotContain(">PARENT<", "DOCUMENTS,");

    Map<String, String> done = new LinkedHashMap<>();
    done.put("turned-18-form", "turned-18-form");
    done.put("turned-18-rows:0:mark-reviewed", "");
    HttpResponse<String> reviewed =
        admin.postForm("/p/" + slug + "/staff/turned-18", list.body(), done);
    assertThat(reviewed.body())
        .contains("Review done for Noa Lake. Their contacts stay as they are now.")
        .contains("No client who turned 18 is waiting");
    assertThat(json(admin.get(parentPath)).getJsonArray("permissions")).hasSize(2);
    assertThat(admin.get("/p/" + slug + "/staff/home").body())
        .contains("Turned 18: review contacts (0)");
  }
}
