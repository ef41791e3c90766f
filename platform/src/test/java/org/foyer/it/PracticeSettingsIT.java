package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Portal settings, the service catalogue and staff preferences through the deployed application:
 * the pages render, the API validates with field errors, a therapist is refused (403) what needs an
 * administrator's capability, and another practice's ids are not found (404).
 */
class PracticeSettingsIT extends FoyerContainerTest {

  static final String SETTINGS =
      "{\"portalEnabled\":true,\"contactNetworkEnabled\":true,\"displayName\":\"Riverside\","
          + "\"brandColour\":\"#1A2B3C\",\"welcomeMessage\":\"Welcome!\","
          + "\"sessionTimeoutMinutes\":%d,\"staffMfaPolicy\":\"ALL_STAFF\",\"clientMfa\":\"REQUIRED\","
          + "\"selfScheduling\":\"REQUEST\",\"cancellationWindowHours\":48,"
          + "\"onlinePaymentsEnabled\":true}";

  @Test
  void anAdministratorConfiguresThePracticeAndATherapistChoosesTheirOwnPreferences()
      throws Exception {
    String slug = uniqueSlug("settings");
    String api = "/api/p/" + slug;
    WebSession admin = practiceAdministrator(slug);

    HttpResponse<String> settingsPage = admin.get("/p/" + slug + "/staff/admin/portal-settings");
    assertThat(settingsPage.statusCode()).isEqualTo(200);
    assertThat(settingsPage.body())
        .contains("Client portal settings")
        .contains("Staff who must use an authenticator app")
        .contains("Portal settings</a>");
    String csrf = WebSession.csrfTokenOf(settingsPage.body());
    assertThat(admin.get("/p/" + slug + "/staff/admin/services").body())
        .contains("Add a service type");
    assertThat(admin.get("/p/" + slug + "/staff/admin/locations").body())
        .contains("Add a location");
    assertThat(admin.get("/p/" + slug + "/staff/preferences").body()).contains("Notify me when");

    HttpResponse<String> tooLong =
        admin.send(
            "PUT", api + "/portal-settings", JSON, SETTINGS.formatted(121), "X-Foyer-CSRF", csrf);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("sessionTimeoutMinutes").contains("5 to 120");
    HttpResponse<String> saved =
        admin.send(
            "PUT", api + "/portal-settings", JSON, SETTINGS.formatted(45), "X-Foyer-CSRF", csrf);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject settings = json(admin.get(api + "/portal-settings"));
    assertThat(settings.getInt("sessionTimeoutMinutes")).isEqualTo(45);
    assertThat(settingsPage.body()).contains("id=\"minorPrivacyAge\"", "Privacy of older children");
    assertThat(settings.getInt("minorPrivacyAge")).isEqualTo(14);
    HttpResponse<String> tooYoung =
        admin.send(
            "PUT",
            api + "/portal-settings/minor-privacy",
            JSON,
            "{\"fromAge\":11}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(tooYoung.statusCode()).as(tooYoung.body()).isEqualTo(400);
    assertThat(tooYoung.body()).contains("minorPrivacyAge").contains("12 to 17");
    HttpResponse<String> off =
        admin.send(
            "PUT",
            api + "/portal-settings/minor-privacy",
            JSON,
            "{\"fromAge\":null}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    // JSON-B leaves a null out: a practice that keeps nothing from guardians has no age.
    assertThat(json(admin.get(api + "/portal-settings"))).doesNotContainKey("minorPrivacyAge");
    assertThat(settings.getString("brandColour")).isEqualTo("#1a2b3c");
    assertThat(settings.getString("staffMfaPolicy")).isEqualTo("ALL_STAFF");
    HttpResponse<String> svg =
        admin.send(
            "PUT",
            api + "/portal-settings/logo",
            "image/png",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "X-Foyer-CSRF",
            csrf);
    assertThat(svg.statusCode()).as(svg.body()).isEqualTo(400);
    assertThat(svg.body()).contains("SVG logos are refused");
    assertThat(admin.get(api + "/portal-settings/logo").statusCode()).isEqualTo(404);
    assertThat(session().get(api + "/portal-settings/logo").statusCode())
        .as("no logo yet: not found, also for a caller not signed in")
        .isEqualTo(404);

    byte[] png = new byte[64];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    HttpResponse<String> uploaded =
        admin.sendBytes(
            "PUT", api + "/portal-settings/logo", "image/png", png, "X-Foyer-CSRF", csrf);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    // Public branding: the sign-in page shows it to someone who has not signed in yet.
    WebSession stranger = session();
    HttpResponse<byte[]> logo = stranger.getBytes(api + "/portal-settings/logo");
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.body()).isEqualTo(png);
    assertThat(logo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(logo.headers().firstValue("Cache-Control").orElse(""))
        .contains("max-age=86400")
        .doesNotContain("private");
    assertThat(stranger.get("/p/" + slug + "/login").body())
        .contains("class=\"foyer-logo\"", "/portal-settings/logo?v=");
    assertThat(stranger.send("PUT", api + "/portal-settings/logo", "image/png", "x").statusCode())
        .as("only reading the logo is public")
        .isIn(401, 403);

    HttpResponse<String> badCode =
        admin.send(
            "POST",
            api + "/service-types",
            JSON,
            "{\"name\":\"Individual\",\"durationMinutes\":53,\"rateCents\":15000,\"billingCode\":\"9083\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("billingCode");
    HttpResponse<String> type =
        admin.send(
            "POST",
            api + "/service-types",
            JSON,
            "{\"name\":\"Individual\",\"durationMinutes\":53,\"rateCents\":15000,\"billingCode\":\"90834\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
    String typeId = json(type).getString("id");
    HttpResponse<String> office =
        admin.send(
            "POST",
            api + "/locations",
            JSON,
            "{\"name\":\"Main office\",\"kind\":\"OFFICE\",\"address\":\"1 Elm St\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(office.statusCode()).as(office.body()).isEqualTo(201);
    String officeId = json(office).getString("id");
    assertThat(admin.get("/p/" + slug + "/staff/admin/services").body())
        .contains("Individual")
        .contains("$150.00")
        .contains("90834");
    assertThat(admin.get("/p/" + slug + "/staff/admin/locations").body())
        .contains("Main office")
        .contains("1 Elm St");
    assertThat(admin.get("/p/" + slug + "/staff/preferences").body())
        .contains("Individual (53 minutes)")
        .contains("Main office (Office)");

    String therapistEmail = "theo@" + slug + ".example";
    joinedTherapist(admin, slug, csrf, therapistEmail);
    WebSession therapist = session();
    HttpResponse<String> signedIn = therapist.signIn(slug, therapistEmail, THERAPIST_PASSWORD);
    assertThat(signedIn.body())
        .as("the practice's all-staff MFA policy made the therapist enrol")
        .contains("Your recovery codes");
    String therapistCsrf =
        WebSession.csrfTokenOf(therapist.get("/p/" + slug + "/staff/preferences").body());
    HttpResponse<String> chosen =
        therapist.send(
            "PUT",
            api + "/preferences/service-types",
            JSON,
            "{\"ids\":[\"" + typeId + "\"]}",
            "X-Foyer-CSRF",
            therapistCsrf);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    assertThat(json(chosen).getJsonArray("serviceTypeIds").getString(0)).isEqualTo(typeId);
    HttpResponse<String> refused =
        therapist.send(
            "PUT",
            api + "/portal-settings",
            JSON,
            SETTINGS.formatted(30),
            "X-Foyer-CSRF",
            therapistCsrf);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(
            therapist
                .send(
                    "POST",
                    api + "/locations/" + officeId + "/archive",
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    therapistCsrf)
                .statusCode())
        .isEqualTo(403);
    assertThat(therapist.get("/p/" + slug + "/staff/admin/portal-settings").body())
        .contains("Manage client portal settings")
        .doesNotContain("Save settings");

    HttpResponse<String> removed =
        admin.send("DELETE", api + "/service-types/" + typeId, JSON, "", "X-Foyer-CSRF", csrf);
    assertThat(json(removed).getString("outcome")).isEqualTo("ARCHIVED");
  }

  @Test
  void anotherPracticesCatalogueIsNotFoundAndItsSettingsAreItsOwn() throws Exception {
    String north = uniqueSlug("north");
    String south = uniqueSlug("south");
    WebSession northAdmin = practiceAdministrator(north);
    WebSession southAdmin = practiceAdministrator(south);
    String northCsrf =
        WebSession.csrfTokenOf(northAdmin.get("/p/" + north + "/staff/preferences").body());
    String southCsrf =
        WebSession.csrfTokenOf(southAdmin.get("/p/" + south + "/staff/preferences").body());
    String southType =
        json(southAdmin.send(
                "POST",
                "/api/p/" + south + "/service-types",
                JSON,
                "{\"name\":\"Couples\",\"durationMinutes\":60,\"rateCents\":20000}",
                "X-Foyer-CSRF",
                southCsrf))
            .getString("id");

    HttpResponse<String> chooseForeign =
        northAdmin.send(
            "PUT",
            "/api/p/" + north + "/preferences/service-types",
            JSON,
            "{\"ids\":[\"" + southType + "\"]}",
            "X-Foyer-CSRF",
            northCsrf);
    assertThat(chooseForeign.statusCode()).as(chooseForeign.body()).isEqualTo(404);
    assertThat(
            northAdmin
                .send(
                    "DELETE",
                    "/api/p/" + north + "/service-types/" + southType,
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    northCsrf)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            northAdmin
                .send(
                    "POST",
                    "/api/p/" + north + "/service-types/not-an-id/archive",
                    JSON,
                    "",
                    "X-Foyer-CSRF",
                    northCsrf)
                .statusCode())
        .isEqualTo(404);

    northAdmin.send(
        "PUT",
        "/api/p/" + north + "/portal-settings",
        JSON,
        SETTINGS.formatted(90),
        "X-Foyer-CSRF",
        northCsrf);
    assertThat(
            json(southAdmin.get("/api/p/" + south + "/portal-settings"))
                .getInt("sessionTimeoutMinutes"))
        .isEqualTo(15);
  }
}
