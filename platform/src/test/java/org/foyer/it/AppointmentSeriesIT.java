package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Recurring, couple and room bookings through the REST API of the deployed application (a practice
 * in America/Denver): POST with a recurrence, clients and a room; the series listed; a clashing
 * series refused with its dates; "this and following" cancelled with PATCH.
 */
class AppointmentSeriesIT extends FoyerContainerTest {

  static final ZoneId DENVER = ZoneId.of("America/Denver");

  @Test
  void aWeeklyCouplesSeriesInARoomIsBookedListedRefusedAgainAndCancelledFromTheSecond()
      throws Exception {
    String slug = uniqueSlug("series");
    String api = "/api/p/" + slug;
    WebSession admin = practiceAdministrator(slug);
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/home").body());

    String therapistEmail = "theo@" + slug + ".example";
    String therapist = joinedTherapist(admin, slug, csrf, therapistEmail);

    String service =
        json(post(
                admin,
                csrf,
                api + "/service-types",
                "{\"name\":\"Couples\",\"durationMinutes\":50,\"rateCents\":15000}"))
            .getString("id");
    String office =
        json(post(
                admin,
                csrf,
                api + "/locations",
                "{\"name\":\"Main office\",\"kind\":\"OFFICE\",\"address\":\"1 Elm St\"}"))
            .getString("id");
    HttpResponse<String> roomAdded =
        post(
            admin,
            csrf,
            api + "/rooms",
            "{\"locationId\":\"" + office + "\",\"name\":\"Blue room\"}");
    assertThat(roomAdded.statusCode()).as(roomAdded.body()).isEqualTo(201);
    String room = json(roomAdded).getString("id");
    String ana =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Ana\",\"legalLastName\":\"Reyes\",\"dateOfBirth\":\"1988-02-03\"}");
    String ben =
        createClient(
            admin,
            slug,
            csrf,
            "{\"legalFirstName\":\"Ben\",\"legalLastName\":\"Reyes\",\"dateOfBirth\":\"1987-06-07\"}");

    // Denver's clocks go forward on 14 March 2027: a series from 1 March crosses it.
    ZonedDateTime first = LocalDate.of(2027, 3, 1).atTime(10, 0).atZone(DENVER);
    String body =
        "{\"clientId\":\""
            + ana
            + "\",\"clients\":[\""
            + ana
            + "\",\""
            + ben
            + "\"],"
            + "\"clinicianId\":\""
            + therapist
            + "\",\"serviceTypeId\":\""
            + service
            + "\","
            + "\"locationId\":\""
            + office
            + "\",\"roomId\":\""
            + room
            + "\","
            + "\"startsAt\":\""
            + first.toInstant()
            + "\","
            + "\"recurrence\":{\"everyWeeks\":1,\"count\":3}}";
    HttpResponse<String> booked = post(admin, csrf, api + "/appointments", body);
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    assertThat(json(booked).getString("roomName")).isEqualTo("Blue room");
    assertThat(json(booked).getJsonArray("clients")).hasSize(2);
    String series = json(booked).getString("seriesId");

    JsonArray occurrences = array(admin.get(api + "/appointments/series/" + series));
    assertThat(occurrences).hasSize(3);
    assertThat(occurrences.getJsonObject(0).getString("startsAt")).startsWith("2027-03-01T17:00");
    assertThat(occurrences.getJsonObject(1).getString("startsAt")).startsWith("2027-03-08T17:00");
    assertThat(occurrences.getJsonObject(2).getString("startsAt")).startsWith("2027-03-15T16:00");

    HttpResponse<String> again = post(admin, csrf, api + "/appointments", body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body())
        .contains("Nothing was booked", "1 Mar 2027 10:00", "15 Mar 2027 10:00");

    String second = occurrences.getJsonObject(1).getString("id");
    HttpResponse<String> cancelled =
        admin.send(
            "PATCH",
            api + "/appointments/" + second,
            JSON,
            "{\"status\":\"CANCELLED\",\"scope\":\"FOLLOWING\"}",
            "X-Foyer-CSRF",
            csrf);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(array(admin.get(api + "/appointments/series/" + series)))
        .extracting(o -> o.asJsonObject().getString("status"))
        .containsExactly("BOOKED", "CANCELLED", "CANCELLED");

    // Ben's own list has the series too.
    assertThat(array(admin.get(api + "/appointments/clients/" + ben))).hasSize(3);
  }

  static HttpResponse<String> post(WebSession session, String csrf, String path, String body)
      throws Exception {
    return session.send("POST", path, JSON, body, "X-Foyer-CSRF", csrf);
  }

  static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
