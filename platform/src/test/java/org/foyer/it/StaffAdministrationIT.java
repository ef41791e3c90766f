package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff administration through the deployed application: the pages render, an invitation travels
 * from the API through the captured mail to the acceptance page, a therapist meets 403s, a
 * deactivated session ends on its next request, and another practice's staff id is 404.
 */
class StaffAdministrationIT extends FoyerContainerTest {

  @Test
  void administratorInvitesATherapistWhoJoinsAndIsThenDeactivated() throws Exception {
    String slug = uniqueSlug("staff");
    WebSession admin = practiceAdministrator(slug);

    HttpResponse<String> staffPage = admin.get("/p/" + slug + "/staff/admin/staff");
    assertThat(staffPage.statusCode()).isEqualTo(200);
    assertThat(staffPage.body())
        .contains("1 of 5 staff seats in use")
        .contains("Avery Admin")
        .contains("Invite staff");
    String csrf = WebSession.csrfTokenOf(staffPage.body());
    HttpResponse<String> rolesPage = admin.get("/p/" + slug + "/staff/admin/roles");
    assertThat(rolesPage.statusCode()).isEqualTo(200);
    assertThat(rolesPage.body())
        .contains("Default Permissions")
        .contains("Can invite clients to the client portal and manage intake forms");

    String therapistEmail = "theo@" + slug + ".example";
    HttpResponse<String> invited =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff",
            JSON,
            "{\"email\":\""
                + therapistEmail
                + "\",\"displayName\":\"Theo\",\"role\":\"THERAPIST\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String therapistId = json(invited).getString("id");
    assertThat(json(admin.get("/api/p/" + slug + "/staff/seats")).getInt("used")).isEqualTo(2);

    String token = mailedToken(admin, slug, STAFF_LINK);
    WebSession newcomer = session();
    HttpResponse<String> acceptPage =
        newcomer.get("/p/" + slug + "/staff-invitation?token=" + token);
    assertThat(acceptPage.body()).contains("Choose a password for").contains(therapistEmail);
    HttpResponse<String> weak = acceptStaffInvitation(newcomer, slug, acceptPage.body(), "short");
    assertThat(weak.body()).contains("Use at least 12 characters.");
    HttpResponse<String> joined =
        acceptStaffInvitation(newcomer, slug, weak.body(), THERAPIST_PASSWORD);
    assertThat(joined.body()).contains("Your account is ready.");
    assertThat(newcomer.get("/p/" + slug + "/staff-invitation?token=" + token).body())
        .contains("This invitation has already been used.");

    WebSession therapist = session();
    therapist.signIn(slug, therapistEmail, THERAPIST_PASSWORD);
    HttpResponse<String> therapistPage = therapist.get("/p/" + slug + "/staff/admin/staff");
    assertThat(therapistPage.statusCode()).isEqualTo(200);
    assertThat(therapistPage.body()).doesNotContain("Invite staff");
    String therapistCsrf = WebSession.csrfTokenOf(therapistPage.body());
    HttpResponse<String> refused =
        therapist.send(
            "POST",
            "/api/p/" + slug + "/staff/seats",
            JSON,
            "{\"add\":1}",
            "X-Foyer-CSRF",
            therapistCsrf);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("Add staff subscriptions");

    HttpResponse<String> deactivated =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff/" + therapistId + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(therapist.get("/api/p/" + slug + "/staff").statusCode()).isEqualTo(401);

    HttpResponse<String> self =
        admin.send(
            "POST",
            "/api/p/" + slug + "/staff/" + adminId(admin, slug) + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(self.statusCode()).isEqualTo(409);
  }

  @Test
  void anotherPracticesStaffAndRolesAreNotFound() throws Exception {
    String north = uniqueSlug("north");
    String south = uniqueSlug("south");
    WebSession northAdmin = practiceAdministrator(north);
    WebSession southAdmin = practiceAdministrator(south);
    String southId = adminId(southAdmin, south);
    String csrf =
        WebSession.csrfTokenOf(northAdmin.get("/p/" + north + "/staff/admin/staff").body());

    assertThat(northAdmin.get("/api/p/" + north + "/staff/" + southId).statusCode()).isEqualTo(404);
    HttpResponse<String> foreign =
        northAdmin.send(
            "POST",
            "/api/p/" + north + "/staff/" + southId + "/deactivation",
            JSON,
            "",
            "X-Foyer-CSRF",
            csrf);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(
            northAdmin
                .send(
                    "DELETE",
                    "/api/p/" + north + "/roles/" + UUID.randomUUID(),
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    csrf)
                .statusCode())
        .isEqualTo(404);
    assertThat(session().get("/p/" + north + "/staff-invitation?token=x").body())
        .contains("This invitation link is not valid.");
  }

  @Test
  void aMalformedIdInAnAddressIsNotFoundLikeAnUnknownOne() throws Exception {
    String slug = uniqueSlug("malformed");
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/admin/staff").body());
    for (String collection : List.of("staff", "packets", "forms")) {
      String api = "/api/p/" + slug + "/" + collection + "/";
      HttpResponse<String> unknown = admin.get(api + UUID.randomUUID());
      HttpResponse<String> malformed = admin.get(api + "not-an-id");
      assertThat(unknown.statusCode()).as(collection).isEqualTo(404);
      assertThat(malformed.statusCode()).as(collection).isEqualTo(404);
      assertThat(malformed.headers().firstValue("Content-Type"))
          .as(collection)
          .isEqualTo(unknown.headers().firstValue("Content-Type"));
    }
    assertThat(
            admin
                .send(
                    "DELETE",
                    "/api/p/" + slug + "/roles/" + UUID.randomUUID() + "x",
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    csrf)
                .statusCode())
        .isEqualTo(404);
  }

  private String adminId(WebSession session, String slug) throws Exception {
    JsonArray staff =
        Json.createReader(new StringReader(session.get("/api/p/" + slug + "/staff").body()))
            .readArray();
    return staff.getJsonObject(0).getString("id");
  }
}
