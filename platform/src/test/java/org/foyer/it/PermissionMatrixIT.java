package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.portal.account.ContactPermission.APPOINTMENTS;
import static org.foyer.portal.account.ContactPermission.BILLING;
import static org.foyer.portal.account.ContactPermission.DOCUMENTS;
import static org.foyer.portal.account.ContactPermission.FORMS;
import static org.foyer.portal.account.ContactPermission.NOTICES;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The Contact Network's permission matrix over real HTTP: for each relationship's default
 * permissions and for each single permission alone, a contact signed in to the portal tries every
 * portal action for the client they act for, and meets 200 where their link permits it and 404
 * where it does not, with nothing written on a refusal (no draft, no signature, no submission, no
 * audit row of success, no document served).
 *
 * <p>One deployment and one practice serve every case: staff change the contact's link through
 * {@code PUT /api/p/{slug}/clients/{id}/contacts/{contactId}} before each case, and the contact's
 * session, signed in once, meets the new permissions on its very next request.
 *
 * <p>What each permission guards today:
 *
 * <ul>
 *   <li>FORMS: the forms on the home page, opening a form (the Insurance Information form too),
 *       saving a draft (page post and autosave API), a drawn signature (API) and submitting;
 *   <li>DOCUMENTS: the documents page, the documents API list and each download;
 *   <li>NOTICES: the "forms are waiting" email when staff send a form, to a link that may also
 *       complete forms (a spouse or a responsible party, with notices but no forms, is not told);
 *   <li>MESSAGES, APPOINTMENTS and BILLING: nothing yet, because messaging, appointments and
 *       billing do not exist in Foyer; a link with only one of them is refused every route above.
 * </ul>
 *
 * The home page, the "who has seen your record" activity page and the sign-in security page answer
 * every standing link, whatever its permissions (the activity names no document to a link without
 * documents and nothing kept from guardians). Keeping an item from guardians, or showing it again,
 * is for staff: every link, even one with every permission, meets 404 there.
 */
class PermissionMatrixIT extends FoyerContainerTest {

  /** Enough of a PNG for the signature route: its eight magic bytes and a little more. */
  static final byte[] SIGNATURE_PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  static final String DOCUMENT_NAME = "Care plan.pdf";
  private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]*)<");

  /** Which of the practice's two clients the case's contact acts for. */
  enum Client {
    MINOR,
    ADULT
  }

  /**
   * One row of the table: the link staff set (relationship and permissions) and whether those
   * permissions are the relationship's defaults, which the server must then give a new contact of
   * that relationship by itself.
   */
  record Case(
      String name,
      Client client,
      Relationship relationship,
      Set<ContactPermission> permissions,
      boolean defaults) {

    boolean permits(ContactPermission permission) {
      return permissions.contains(permission);
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(defaults("parent of a minor", Client.MINOR, Relationship.PARENT, all()));
    cases.add(defaults("parent of an adult", Client.ADULT, Relationship.PARENT, none()));
    cases.add(defaults("legal guardian", Client.MINOR, Relationship.GUARDIAN, all()));
    cases.add(
        defaults(
            "spouse or partner",
            Client.ADULT,
            Relationship.SPOUSE_OR_PARTNER,
            EnumSet.of(APPOINTMENTS, NOTICES)));
    cases.add(defaults("emergency contact", Client.MINOR, Relationship.EMERGENCY_CONTACT, none()));
    cases.add(
        defaults(
            "responsible party",
            Client.ADULT,
            Relationship.RESPONSIBLE_PARTY,
            EnumSet.of(BILLING, NOTICES)));
    cases.add(defaults("other (grandmother)", Client.MINOR, Relationship.CUSTOM, none()));
    for (ContactPermission only : ContactPermission.values()) {
      cases.add(
          new Case(
              "parent with only " + only,
              Client.MINOR,
              Relationship.PARENT,
              EnumSet.of(only),
              false));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicContainer> aContactMeetsEveryPortalActionExactlyAsTheirLinkPermits()
      throws Exception {
    Practice practice = new Practice();
    practice.arrange();
    return cases().stream()
        .map(
            row ->
                dynamicContainer(
                    row.name() + " " + describe(row.permissions()), practice.checks(row)));
  }

  /**
   * The document and sent-form routes behind the "Keep from guardians" buttons share one body:
   * staff may always show an item again, and a body without the choice is refused on both.
   */
  @Test
  void staffShowADocumentAndAFormToGuardiansAgainWithTheSameBody() throws Exception {
    Practice practice = new Practice();
    practice.arrange();
    Contact contact = practice.contacts.get(Client.MINOR);
    for (String route : practice.confidentialityRoutes(contact)) {
      HttpResponse<String> shown =
          practice.admin.send(
              "PUT",
              route,
              JSON,
              "{\"confidentialFromGuardians\":false}",
              "X-Foyer-CSRF",
              practice.staffCsrf);
      assertThat(shown.statusCode()).as(route + ": " + shown.body()).isEqualTo(200);
      assertThat(json(shown).getBoolean("confidentialFromGuardians")).isFalse();
      HttpResponse<String> empty =
          practice.admin.send("PUT", route, JSON, "{}", "X-Foyer-CSRF", practice.staffCsrf);
      assertProblem(empty, 400);
      assertThat(json(empty).getJsonObject("errors").keySet())
          .containsExactly("confidentialFromGuardians");
    }
  }

  private static String describe(Set<ContactPermission> permissions) {
    return permissions.isEmpty()
        ? "[nothing]"
        : permissions.stream().map(Enum::name).collect(Collectors.joining(",", "[", "]"));
  }

  private static Case defaults(
      String name, Client client, Relationship relationship, Set<ContactPermission> expected) {
    return new Case(name, client, relationship, expected, true);
  }

  private static Set<ContactPermission> all() {
    return EnumSet.allOf(ContactPermission.class);
  }

  private static Set<ContactPermission> none() {
    return EnumSet.noneOf(ContactPermission.class);
  }

  /** A contact of one client, signed in to the portal, and what there is to try for that client. */
  record Contact(
      String email,
      String contactPath,
      String clientId,
      WebSession session,
      String csrf,
      String form,
      String insurance,
      String document) {}

  /** The practice every case runs in, arranged once: two clients, their contacts and items. */
  final class Practice {

    final String slug = uniqueSlug("matrix");
    WebSession admin;
    String staffCsrf;
    final Map<Client, Contact> contacts = new LinkedHashMap<>();
    final Map<Client, String> clientIds = new LinkedHashMap<>();

    void arrange() throws Exception {
      admin = practiceAdministrator(slug);
      staffCsrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());
      clientIds.put(Client.MINOR, client("Mia", "2015-03-14"));
      clientIds.put(Client.ADULT, client("Dana", "1980-06-02"));
      for (Client client : Client.values()) {
        String id = clientIds.get(client);
        sendForm(id, "GAD-7");
        sendForm(id, "Insurance Information");
        DocumentsIT.upload(
            admin, slug, admin.get(clientPage(id)).body(), DOCUMENT_NAME, DocumentsIT.PDF);
        contacts.put(client, signedInContact(client, id));
      }
    }

    /** The staff change of the link, then every portal action, each a test of its own. */
    Stream<DynamicTest> checks(Case row) {
      Contact contact = contacts.get(row.client());
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(dynamicTest("staff set the link", () -> setLink(row, contact)));
      tests.add(
          dynamicTest("home: 200, offering only what is permitted", () -> home(row, contact)));
      tests.add(
          action(
              "forms list on the home page",
              row.permits(FORMS),
              contact,
              () -> formsList(row, contact)));
      tests.add(
          action(
              "open a form",
              row.permits(FORMS),
              contact,
              () -> {
                HttpResponse<String> page = contact.session().get(formPage(contact.form()));
                expect(page, row.permits(FORMS));
                if (row.permits(FORMS)) {
                  assertThat(page.body()).contains("id=\"form-page\"", "GAD-7");
                }
              }));
      tests.add(
          action(
              "open the insurance form",
              row.permits(FORMS),
              contact,
              () -> {
                HttpResponse<String> page = contact.session().get(formPage(contact.insurance()));
                expect(page, row.permits(FORMS));
                if (row.permits(FORMS)) {
                  assertThat(page.body()).contains("Insurance Information");
                }
              }));
      tests.add(
          action(
              "save a draft from the form page",
              row.permits(FORMS),
              contact,
              () -> {
                HttpResponse<String> saved = postForm(contact, "draft");
                expect(saved, row.permits(FORMS));
                if (row.permits(FORMS)) {
                  assertThat(saved.uri().getQuery()).contains("saved=true");
                }
              }));
      tests.add(
          action(
              "autosave a draft through the API",
              row.permits(FORMS),
              contact,
              () ->
                  expectApi(
                      contact
                          .session()
                          .send(
                              "POST",
                              "/api/p/" + slug + "/portal/forms/" + contact.form() + "/draft",
                              "application/x-www-form-urlencoded",
                              "item1=1",
                              "X-Foyer-CSRF",
                              contact.csrf()),
                      row.permits(FORMS))));
      tests.add(
          action(
              "store a drawn signature through the API",
              row.permits(FORMS),
              contact,
              () ->
                  expectApi(
                      contact
                          .session()
                          .sendBytes(
                              "POST",
                              "/api/p/"
                                  + slug
                                  + "/portal/forms/"
                                  + contact.insurance()
                                  + "/signature",
                              "image/png",
                              SIGNATURE_PNG,
                              "X-Foyer-CSRF",
                              contact.csrf()),
                      row.permits(FORMS))));
      tests.add(
          action(
              "submit a form",
              row.permits(FORMS),
              contact,
              () -> {
                // Unanswered, so a permitted submission is refused in place and the form stays
                // open for the next case; a refused link never reaches the engine.
                HttpResponse<String> submitted = postForm(contact, "submit");
                expect(submitted, row.permits(FORMS));
                if (row.permits(FORMS)) {
                  assertThat(submitted.body()).contains("id=\"foyer-error-summary\"");
                }
              }));
      tests.add(
          action(
              "documents page",
              row.permits(DOCUMENTS),
              contact,
              () -> {
                HttpResponse<String> page =
                    contact.session().get("/p/" + slug + "/portal/documents");
                expect(page, row.permits(DOCUMENTS));
                if (row.permits(DOCUMENTS)) {
                  assertThat(page.body()).contains("Care plan");
                }
              }));
      tests.add(
          action(
              "documents list through the API",
              row.permits(DOCUMENTS),
              contact,
              () -> {
                HttpResponse<String> list = contact.session().get(documentsPath(contact));
                expectApi(list, row.permits(DOCUMENTS));
                if (row.permits(DOCUMENTS)) {
                  assertThat(list.body()).contains(contact.document());
                }
              }));
      tests.add(
          action(
              "download a document",
              row.permits(DOCUMENTS),
              contact,
              () -> {
                HttpResponse<byte[]> file =
                    contact.session().getBytes(documentsPath(contact) + "/" + contact.document());
                assertThat(file.statusCode()).isEqualTo(row.permits(DOCUMENTS) ? 200 : 404);
                if (row.permits(DOCUMENTS)) {
                  assertThat(file.body()).isEqualTo(DocumentsIT.PDF);
                } else {
                  assertThat(new String(file.body(), StandardCharsets.ISO_8859_1))
                      .doesNotContain("%PDF");
                }
              }));
      tests.add(
          dynamicTest(
              "who has seen the record: 200 for every standing link",
              () -> {
                HttpResponse<String> page =
                    contact.session().get("/p/" + slug + "/portal/activity");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("id=\"portal-activity\"");
                if (!row.permits(DOCUMENTS)) {
                  assertThat(page.body()).doesNotContain(DOCUMENT_NAME);
                }
              }));
      tests.add(
          dynamicTest(
              "sign-in security (the login's own profile): 200 for every standing link",
              () -> {
                HttpResponse<String> page =
                    contact.session().get("/p/" + slug + "/portal/security");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("id=\"portal-security\"");
              }));
      tests.add(
          action(
              "show a kept document or form to guardians (staff only)",
              false,
              contact,
              () -> {
                for (String route : confidentialityRoutes(contact)) {
                  assertProblem(
                      contact
                          .session()
                          .send(
                              "PUT",
                              route,
                              JSON,
                              "{\"confidentialFromGuardians\":false}",
                              "X-Foyer-CSRF",
                              contact.csrf()),
                      404);
                }
              }));
      tests.add(
          dynamicTest(
              "notice that staff sent a form: "
                  + (row.permits(NOTICES) && row.permits(FORMS) ? "sent" : "none"),
              () -> {
                long before = noticesTo(contact);
                sendForm(contact.clientId(), "GAD-7");
                assertThat(noticesTo(contact) - before)
                    .isEqualTo(row.permits(NOTICES) && row.permits(FORMS) ? 1 : 0);
              }));
      return tests.stream();
    }

    /** The staff routes that keep the contact's client's document and form from guardians. */
    List<String> confidentialityRoutes(Contact contact) {
      return List.of(
          documentsPath(contact) + "/" + contact.document() + "/confidentiality",
          "/api/p/"
              + slug
              + "/clients/"
              + contact.clientId()
              + "/intake-forms/"
              + contact.form()
              + "/confidentiality");
    }

    /**
     * An action the link may or may not permit; when it does not, nothing the action could write
     * (drafts, submissions, signatures, downloads, audit rows of success) has changed after it.
     */
    DynamicTest action(String name, boolean permitted, Contact contact, Executable attempt) {
      return dynamicTest(
          name + ": " + (permitted ? "200" : "404, nothing changed"),
          () -> {
            if (permitted) {
              attempt.execute();
              return;
            }
            String before = traces(contact);
            attempt.execute();
            assertThat(traces(contact))
                .as("what a refused " + name + " left behind")
                .isEqualTo(before);
          });
    }

    /**
     * What an action writes, read from the database: each form's status, draft and signatures, and
     * the contact's audit rows of success (choosing the profile, which every visit may record, left
     * out).
     */
    String traces(Contact contact) throws Exception {
      UUID client = UUID.fromString(contact.clientId());
      return DeployedDatabase.queryText(
              "SELECT string_agg(f.status || ' ' || coalesce(f.draft_saved_at::text, '-') || ' '"
                  + " || coalesce(md5(f.draft_answers), '-') || ' '"
                  + " || (SELECT count(*) FROM intake_signature_mark m WHERE m.form_id = f.id),"
                  + " '; ' ORDER BY f.id) FROM intake_form f WHERE f.client_id = ?",
              client)
          + " | audit "
          + DeployedDatabase.queryText(
              "SELECT count(*) FROM audit_event WHERE actor = ? AND outcome = 'SUCCESS'"
                  + " AND action <> 'CLIENT_PROFILE_SELECTED'",
              contact.email());
    }

    void setLink(Case row, Contact contact) throws Exception {
      if (row.defaults()) {
        assertThat(defaultsOf(row))
            .as("the server's defaults for " + row.name())
            .isEqualTo(row.permissions());
      }
      JsonArrayBuilder permissions = Json.createArrayBuilder();
      row.permissions().forEach(permission -> permissions.add(permission.name()));
      JsonObjectBuilder link =
          Json.createObjectBuilder()
              .add("name", "Sam Lane")
              .add("email", contact.email())
              .add("relationship", row.relationship().name())
              .add("permissions", permissions);
      if (row.relationship() == Relationship.CUSTOM) {
        link.add("relationshipLabel", "Grandmother");
      }
      HttpResponse<String> changed =
          admin.send(
              "PUT",
              contact.contactPath(),
              JSON,
              link.build().toString(),
              "X-Foyer-CSRF",
              staffCsrf);
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
      assertThat(json(changed).getString("relationship")).isEqualTo(row.relationship().name());
      assertThat(json(changed).getJsonArray("permissions")).hasSize(row.permissions().size());
    }

    /**
     * The permissions the server gives a new, listed-only contact of the case's relationship when
     * staff choose none.
     */
    Set<ContactPermission> defaultsOf(Case row) throws Exception {
      JsonObjectBuilder listed =
          Json.createObjectBuilder()
              .add("name", "Listed " + row.relationship() + " " + UUID.randomUUID())
              .add("relationship", row.relationship().name());
      if (row.relationship() == Relationship.CUSTOM) {
        listed.add("relationshipLabel", "Grandmother");
      }
      HttpResponse<String> added =
          admin.send(
              "POST",
              "/api/p/" + slug + "/clients/" + clientIds.get(row.client()) + "/contacts",
              JSON,
              listed.build().toString(),
              "X-Foyer-CSRF",
              staffCsrf);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      Set<ContactPermission> given = EnumSet.noneOf(ContactPermission.class);
      json(added)
          .getJsonArray("permissions")
          .forEach(
              value ->
                  given.add(
                      ContactPermission.valueOf(((jakarta.json.JsonString) value).getString())));
      return given;
    }

    void home(Case row, Contact contact) throws Exception {
      HttpResponse<String> home = contact.session().get("/p/" + slug + "/portal/home");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("id=\"current-profile\"");
      assertThat(home.body().contains("id=\"documents-link\""))
          .as("a Documents link")
          .isEqualTo(row.permits(DOCUMENTS));
    }

    void formsList(Case row, Contact contact) throws Exception {
      String home = contact.session().get("/p/" + slug + "/portal/home").body();
      if (row.permits(FORMS)) {
        assertThat(home)
            .contains(
                "id=\"forms-title\"", "form-" + contact.form(), "form-" + contact.insurance());
      } else {
        assertThat(home)
            .doesNotContain("id=\"forms-title\"", contact.form(), contact.insurance(), "GAD-7");
      }
    }

    /** The form page's own post, as its Save draft or Submit button sends it without script. */
    HttpResponse<String> postForm(Contact contact, String action) throws Exception {
      String body =
          "_csrf="
              + URLEncoder.encode(contact.csrf(), StandardCharsets.UTF_8)
              + "&_action="
              + action;
      return contact
          .session()
          .send("POST", formPage(contact.form()), "application/x-www-form-urlencoded", body);
    }

    long noticesTo(Contact contact) throws Exception {
      return Long.parseLong(
          DeployedDatabase.queryText(
              "SELECT count(*) FROM outbox_message WHERE recipient = ?", contact.email()));
    }

    private void expect(HttpResponse<String> answer, boolean permitted) {
      assertThat(answer.statusCode())
          .as(answer.request().method() + " " + answer.uri())
          .isEqualTo(permitted ? 200 : 404);
    }

    private void expectApi(HttpResponse<String> answer, boolean permitted) {
      if (permitted) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      } else {
        assertProblem(answer, 404);
      }
    }

    private String formPage(String formId) {
      return "/p/" + slug + "/portal/form?id=" + formId;
    }

    private String documentsPath(Contact contact) {
      return "/api/p/" + slug + "/clients/" + contact.clientId() + "/documents";
    }

    private String clientPage(String clientId) {
      return "/p/" + slug + "/staff/client?id=" + clientId;
    }

    private String client(String first, String born) throws Exception {
      return createClient(
          admin,
          slug,
          staffCsrf,
          "{\"legalFirstName\":\""
              + first
              + "\",\"legalLastName\":\"Lane\",\"dateOfBirth\":\""
              + born
              + "\"}");
    }

    /** Sends one form through the client page's "Send a form", chosen by its title. */
    void sendForm(String clientId, String title) throws Exception {
      String page = admin.get(clientPage(clientId)).body();
      String choices = page.substring(page.indexOf("id=\"single-form\""));
      choices = choices.substring(0, choices.indexOf("</select>"));
      Matcher option = OPTION.matcher(choices);
      String key = null;
      while (option.find()) {
        if (option.group(2).contains(title)) {
          key = option.group(1);
          break;
        }
      }
      assertThat(key).as("a form titled " + title + " to send").isNotNull();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("send-single-form", "send-single-form");
      form.put("single-form", key);
      form.put("send-form", "");
      HttpResponse<String> sent = admin.postForm("/p/" + slug + "/staff/client", page, form);
      assertThat(sent.body()).contains("Sent the form");
    }

    /**
     * Adds a contact to the client with every permission, invites them and accepts the invitation
     * in a new session, which stays signed in for every case.
     */
    Contact signedInContact(Client client, String clientId) throws Exception {
      String email = client.name().toLowerCase() + "-contact@" + slug + ".example";
      String contacts = "/api/p/" + slug + "/clients/" + clientId + "/contacts";
      HttpResponse<String> added =
          admin.send(
              "POST",
              contacts,
              JSON,
              "{\"name\":\"Sam Lane\",\"email\":\"" + email + "\",\"relationship\":\"GUARDIAN\"}",
              "X-Foyer-CSRF",
              staffCsrf);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      String contactPath = contacts + "/" + json(added).getString("id");
      HttpResponse<String> invited =
          admin.send("POST", contactPath + "/invitations", JSON, "", "X-Foyer-CSRF", staffCsrf);
      assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
      WebSession session = session();
      HttpResponse<String> welcome =
          session.get("/p/" + slug + "/portal-invitation?token=" + mailedToken(admin, slug, LINK));
      assertThat(welcome.body()).contains(email);
      HttpResponse<String> home =
          accept(session, slug, welcome.body(), "Sam Lane", CLIENT_PASSWORD, true);
      assertThat(home.uri().getPath()).endsWith("/p/" + slug + "/portal/home");
      String form = formId(clientId, "gad-7");
      String insurance = formId(clientId, "insurance-information");
      HttpResponse<String> documents =
          admin.get("/api/p/" + slug + "/clients/" + clientId + "/documents");
      String document =
          Json.createReader(new java.io.StringReader(documents.body()))
              .readArray()
              .getJsonObject(0)
              .getString("id");
      return new Contact(
          email,
          contactPath,
          clientId,
          session,
          WebSession.csrfTokenOf(home.body()),
          form,
          insurance,
          document);
    }

    private String formId(String clientId, String key) throws Exception {
      String id =
          DeployedDatabase.queryText(
              "SELECT id::text FROM intake_form WHERE client_id = ? AND form_key = ?"
                  + " ORDER BY sent_at LIMIT 1",
              UUID.fromString(clientId),
              key);
      assertThat(id).as("the " + key + " form sent to " + clientId).isNotNull();
      return id;
    }
  }
}
