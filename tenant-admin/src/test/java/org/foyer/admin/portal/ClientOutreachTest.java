package org.foyer.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.admin.services.SamplePractice;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitation validity and the reminder schedule, saved with the rest of the portal settings. */
class ClientOutreachTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  final RecordedEvents<PortalSettingsChanged> events = new RecordedEvents<>();
  final PortalSettingsService service =
      new PortalSettingsService(db.entityManager(), events, Clock.fixed(NOW, ZoneOffset.UTC));
  SamplePractice north;
  SamplePractice south;

  @BeforeEach
  void twoPractices() {
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
  }

  @Test
  void aNewPracticeGivesAWeekToAcceptAndRemindsEveryThreeDaysThreeTimes() {
    PortalSettingsView settings = north.in(service::current);
    assertThat(settings.outreach().invitationDays()).isEqualTo(7);
    assertThat(settings.outreach().reminderDays()).isEqualTo(3);
    assertThat(settings.outreach().reminderLimit()).isEqualTo(3);
    assertThat(settings.outreach().remindersOn()).isTrue();
  }

  @Test
  void outreachIsSavedWithTheSettingsForThatPracticeOnly() {
    north.in(
        () -> service.change(north.admin, SampleSettings.valid(), new ClientOutreach(14, 0, 0)));
    PortalSettingsView stored = north.in(service::current);
    assertThat(stored.outreach().invitationDays()).isEqualTo(14);
    assertThat(stored.outreach().remindersOn()).isFalse();
    assertThat(stored.sessionTimeoutMinutes()).isEqualTo(30);
    assertThat(south.in(service::current).outreach()).isEqualTo(ClientOutreach.DEFAULTS);
    assertThat(events.fired().get(0).what()).contains("invitations 14 days");
  }

  @Test
  void savingTheSettingsWithoutOutreachKeepsTheOutreachAsItWas() {
    north.in(
        () -> service.change(north.admin, SampleSettings.valid(), new ClientOutreach(2, 5, 1)));
    north.in(() -> service.change(north.admin, SampleSettings.withTimeout(60)));
    assertThat(north.in(service::current).outreach()).isEqualTo(new ClientOutreach(2, 5, 1));
  }

  @Test
  void everyValueOutOfRangeIsNamedTogetherWithTheOtherSettingsErrorsAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.change(
                            north.admin,
                            SampleSettings.withTimeout(1),
                            new ClientOutreach(0, 31, 11))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys(
                        "sessionTimeoutMinutes",
                        "invitationDays",
                        "reminderDays",
                        "reminderLimit"));
    assertThat(north.in(service::current).outreach()).isEqualTo(ClientOutreach.DEFAULTS);
    assertThat(events.fired()).isEmpty();
  }

  @Test
  void theBoundariesAreAccepted() {
    assertThat(new ClientOutreach(1, 0, 0).validated()).isNotNull();
    assertThat(new ClientOutreach(30, 30, 10).validated()).isNotNull();
    assertThatThrownBy(() -> new ClientOutreach(31, 0, 0).validated())
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new ClientOutreach(7, -1, 0).validated())
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void staffWithoutThePortalSettingsCapabilityCannotChangeOutreach() {
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.change(
                            north.therapist, SampleSettings.valid(), new ClientOutreach(1, 1, 1))))
        .isInstanceOf(Refused.class);
    assertThat(north.in(service::current).outreach()).isEqualTo(ClientOutreach.DEFAULTS);
  }
}
