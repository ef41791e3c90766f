package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.PortalSchedule;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;
import org.junit.jupiter.api.Test;

/** Calendar feeds read back with ical4j, as calendar apps read them. */
class CalendarFeedsTest {

  final AppointmentsWorld world = new AppointmentsWorld("feeds");
  final CalendarFeeds feeds =
      new CalendarFeeds(
          world.em,
          world.audit,
          world.records,
          world.network,
          new ClientLogins(world.em),
          world.staff,
          world.serviceTypes,
          world.locations,
          world.availability,
          world.clock);

  static final Instant MONDAY_TEN = Instant.parse("2026-03-02T15:00:00Z");
  static final Instant FRIDAY_ONE = Instant.parse("2026-03-06T18:00:00Z");

  Calendar parse(String secret) throws Exception {
    String text = world.in(() -> feeds.render(secret));
    assertThat(text).contains("\r\n").doesNotContain("\n\n");
    return new CalendarBuilder().build(new StringReader(text));
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(p -> p.getValue()).orElse("");
  }

  void bookBoth() {
    world.scheduling(SelfScheduling.INSTANT, 24);
    world.in(
        () ->
            world.availability.setVideoLink(
                world.therapist, world.therapist.accountId(), "https://video.example.org/rae"));
    world.in(() -> world.portal.book(world.joLogin, world.jo, world.fiftyMinutes, MONDAY_TEN));
    world.in(() -> world.portal.book(world.samParent, world.sam, world.fiftyMinutes, FRIDAY_ONE));
  }

  @Test
  void aClinicianFeedMasksClientNamesUnlessAskedAndParsesAsICalendar() throws Exception {
    bookBoth();
    CalendarFeeds.NewFeed masked =
        world.in(
            () -> feeds.createForClinician(world.therapist, world.therapist.accountId(), false));
    Calendar calendar = parse(masked.secret());
    List<VEvent> events = events(calendar);
    assertThat(events).hasSize(2);
    assertThat(events)
        .extracting(e -> value(e, "SUMMARY"))
        .containsOnly("Client · Individual therapy");
    assertThat(events).extracting(e -> value(e, "DTSTART")).contains("20260302T150000Z");
    assertThat(events).extracting(e -> value(e, "LOCATION")).contains("Main office", "Video");
    assertThat(world.in(() -> feeds.render(masked.secret())))
        .doesNotContain("Jo ", "Sam ", "Rivera");

    CalendarFeeds.NewFeed named =
        world.in(
            () -> feeds.createForClinician(world.therapist, world.therapist.accountId(), true));
    assertThat(events(parse(named.secret())))
        .extracting(e -> value(e, "SUMMARY"))
        .anyMatch(s -> s.contains("Rivera"));
  }

  @Test
  void aClientFeedHoldsOnlyThatClientsAppointmentsWithoutWhatTheyAreFor() throws Exception {
    bookBoth();
    CalendarFeeds.NewFeed jos = world.in(() -> feeds.createForClient(world.joLogin, world.jo));
    List<VEvent> events = events(parse(jos.secret()));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(value(e, "SUMMARY")).startsWith("Appointment at ");
              assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
            });
    assertThat(world.in(() -> feeds.render(jos.secret()))).doesNotContain("Individual therapy");
    CalendarFeeds.NewFeed sams = world.in(() -> feeds.createForClient(world.samParent, world.sam));
    assertThat(events(parse(sams.secret())))
        .singleElement()
        .satisfies(
            e -> assertThat(value(e, "DESCRIPTION")).contains("https://video.example.org/rae"));
  }

  @Test
  void aCancelledAppointmentStaysMarkedCancelledAndItsSequenceMoves() throws Exception {
    bookBoth();
    CalendarFeeds.NewFeed jos = world.in(() -> feeds.createForClient(world.joLogin, world.jo));
    String before = value(events(parse(jos.secret())).get(0), "SEQUENCE");
    PortalSchedule schedule = world.in(() -> world.portal.schedule(world.joLogin, world.jo));
    world.in(
        () -> world.portal.cancel(world.joLogin, world.jo, schedule.upcoming().get(0).id(), true));
    VEvent cancelled = events(parse(jos.secret())).get(0);
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(Long.parseLong(value(cancelled, "SEQUENCE"))).isGreaterThan(Long.parseLong(before));
  }

  @Test
  void wrongRevokedForeignOrNoLongerPermittedSecretsAreNotFound() throws Exception {
    bookBoth();
    CalendarFeeds.NewFeed jos = world.in(() -> feeds.createForClient(world.joLogin, world.jo));
    assertThatThrownBy(() -> world.in(() -> feeds.render(jos.secret() + "x")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> feeds.render("short"))).isInstanceOf(NotFound.class);
    AppointmentsWorld other = new AppointmentsWorld("feeds-other");
    CalendarFeeds otherFeeds =
        new CalendarFeeds(
            other.em,
            other.audit,
            other.records,
            other.network,
            new ClientLogins(other.em),
            other.staff,
            other.serviceTypes,
            other.locations,
            other.availability,
            other.clock);
    assertThatThrownBy(() -> other.in(() -> otherFeeds.render(jos.secret())))
        .as("another practice's address with this secret")
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                other.in(
                    () -> {
                      otherFeeds.revoke(other.joLogin, jos.id());
                      return null;
                    }))
        .isInstanceOf(NotFound.class);

    CalendarFeeds.NewFeed parents =
        world.in(() -> feeds.createForClient(world.samParent, world.sam));
    world.in(
        () -> {
          world
              .link(world.sam, world.samParent.accountId())
              .permit(EnumSet.of(ContactPermission.FORMS));
          return null;
        });
    assertThatThrownBy(() -> world.in(() -> feeds.render(parents.secret())))
        .as("the parent's link no longer permits appointments")
        .isInstanceOf(NotFound.class);

    assertThat(world.in(() -> feeds.list(world.joLogin))).hasSize(1);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      feeds.revoke(world.samParent, jos.id());
                      return null;
                    }))
        .as("someone else's feed")
        .isInstanceOf(NotFound.class);
    world.in(
        () -> {
          feeds.revoke(world.joLogin, jos.id());
          return null;
        });
    assertThatThrownBy(() -> world.in(() -> feeds.render(jos.secret())))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> feeds.list(world.joLogin))).isEmpty();
  }

  @Test
  void onlyTheClinicianOrASchedulerMakesAClinicianFeed() {
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        feeds.createForClinician(
                            world.otherTherapist, world.therapist.accountId(), true)))
        .isInstanceOf(Refused.class);
    assertThat(
            world
                .in(() -> feeds.createForClinician(world.desk, world.therapist.accountId(), false))
                .secret())
        .hasSizeGreaterThan(40);
    assertThatThrownBy(() -> world.in(() -> feeds.createForClient(world.desk, world.jo)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> feeds.createForClient(world.joLogin, world.sam)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void textIsEscapedAndLongLinesAreFolded() {
    StringBuilder out = new StringBuilder();
    org.foyer.appointments.control.ICalendarAccess.line(out, "SUMMARY:" + "é".repeat(60));
    for (String line : out.toString().split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(75);
    }
    assertThat(org.foyer.appointments.control.ICalendarAccess.text("a;b,c\\d\ne"))
        .isEqualTo("a\\;b\\,c\\\\d\\ne");
  }
}
