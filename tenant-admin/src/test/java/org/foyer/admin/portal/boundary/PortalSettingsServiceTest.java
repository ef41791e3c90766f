package org.foyer.admin.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.SampleSettings;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettings;
import org.foyer.admin.portal.entity.PracticeLogoTest;
import org.foyer.admin.services.SamplePractice;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portal settings against the real database: permissions, validation, isolation, logos. */
class PortalSettingsServiceTest {

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
  void aPracticeThatNeverSavedHasTheDefaults() {
    PortalSettings settings = north.in(() -> service.getSettings(north.admin));
    assertThat(settings.portalEnabled()).isTrue();
    assertThat(settings.sessionTimeoutMinutes()).isEqualTo(15);
    assertThat(settings.staffMfaPolicy()).isEqualTo(StaffMfaPolicy.ADMINISTRATORS_ONLY);
    assertThat(settings.clientMfa()).isEqualTo(ClientMfa.OPTIONAL);
    assertThat(settings.selfScheduling()).isEqualTo(SelfScheduling.OFF);
    assertThat(settings.onlinePaymentsEnabled()).isFalse();
    assertThat(settings.logo()).isEmpty();
  }

  @Test
  void anAdministratorsChangeIsStoredAndAnnounced() {
    north.in(() -> service.change(north.admin, SampleSettings.valid()));
    PortalSettings stored = north.in(() -> service.getSettings(north.admin));
    assertThat(stored.sessionTimeoutMinutes()).isEqualTo(30);
    assertThat(stored.staffMfaPolicy()).isEqualTo(StaffMfaPolicy.ALL_STAFF);
    assertThat(stored.clientMfa()).isEqualTo(ClientMfa.REQUIRED);
    assertThat(stored.selfScheduling()).isEqualTo(SelfScheduling.REQUEST);
    assertThat(stored.cancellationWindowHours()).isEqualTo(48);
    assertThat(stored.contactNetworkEnabled()).isFalse();
    assertThat(stored.onlinePaymentsEnabled()).isTrue();
    assertThat(stored.displayName()).contains("Riverside Counselling");
    assertThat(stored.brandColour()).isEqualTo("#1a2b3c");
    assertThat(stored.updatedAt()).isEqualTo(NOW);
    assertThat(events.fired())
        .containsExactly(new PortalSettingsChanged("admin@north.test", "portal settings saved"));
  }

  @Test
  void aSecondChangeUpdatesTheOneRowAndTakesEffectOnTheNextRead() {
    north.in(() -> service.change(north.admin, SampleSettings.valid()));
    north.in(() -> service.change(north.admin, SampleSettings.withTimeout(90)));
    assertThat(north.in(service::current).sessionTimeoutMinutes()).isEqualTo(90);
    long rows =
        north.in(
            () ->
                db.entityManager()
                    .createQuery("SELECT COUNT(s) FROM PortalSettings s", Long.class)
                    .getSingleResult());
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void onepracticesChangeLeavesAnotherPracticeUntouched() {
    north.in(() -> service.change(north.admin, SampleSettings.withTimeout(120)));
    assertThat(south.in(service::current).sessionTimeoutMinutes()).isEqualTo(15);
    assertThat(south.in(service::current).staffMfaPolicy())
        .isEqualTo(StaffMfaPolicy.ADMINISTRATORS_ONLY);
    south.in(() -> service.change(south.admin, SampleSettings.withTimeout(5)));
    assertThat(north.in(service::current).sessionTimeoutMinutes()).isEqualTo(120);
  }

  @Test
  void staffWithoutTheCapabilityAreRefused() {
    assertThatThrownBy(
            () -> north.in(() -> service.change(north.therapist, SampleSettings.valid())))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Manage client portal settings");
    assertThatThrownBy(() -> north.in(() -> service.getSettings(north.frontDesk)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.replaceLogo(north.therapist, png())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.removeLogo(north.therapist)))
        .isInstanceOf(Refused.class);
    assertThat(north.in(service::current).sessionTimeoutMinutes()).isEqualTo(15);
    assertThat(events.fired()).isEmpty();
  }

  @Test
  void portalUsersAndAnonymousCallersFindNoSettings() {
    assertThatThrownBy(() -> north.in(() -> service.getSettings(north.client)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> service.change(north.client, SampleSettings.valid())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> north.in(() -> service.change(north.anonymous, SampleSettings.valid())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void invalidSettingsAreRefusedWithFieldErrorsAndNothingIsStored() {
    assertThatThrownBy(
            () -> north.in(() -> service.change(north.admin, SampleSettings.withTimeout(121))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("sessionTimeoutMinutes"));
    assertThat(north.in(service::current).sessionTimeoutMinutes()).isEqualTo(15);
    assertThat(events.fired()).isEmpty();
  }

  @Test
  void anUploadedLogoIsHeldByReferenceAndServed() {
    PortalSettings settings = north.in(() -> service.replaceLogo(north.admin, png()));
    assertThat(settings.logo()).isPresent();
    assertThat(north.in(() -> service.getLogo()).contentType()).isEqualTo("image/png");
    assertThat(north.in(() -> service.getLogo()).content()).isEqualTo(png());
    assertThat(events.fired().get(0).what()).startsWith("logo replaced (image/png, sha256 ");
  }

  @Test
  void replacingTheLogoDropsTheOldImage() {
    north.in(() -> service.replaceLogo(north.admin, png()));
    north.in(() -> service.replaceLogo(north.admin, PracticeLogoTest.jpeg(40)));
    assertThat(north.in(() -> service.getLogo()).contentType()).isEqualTo("image/jpeg");
    assertThat(logoRows(north)).isEqualTo(1);
  }

  @Test
  void removingTheLogoLeavesNone() {
    north.in(() -> service.replaceLogo(north.admin, png()));
    north.in(() -> service.removeLogo(north.admin));
    assertThatThrownBy(() -> north.in(() -> service.getLogo())).isInstanceOf(NotFound.class);
    assertThat(logoRows(north)).isZero();
  }

  @Test
  void aRefusedUploadKeepsTheCurrentLogo() {
    north.in(() -> service.replaceLogo(north.admin, png()));
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.replaceLogo(
                            north.admin,
                            "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInput.class);
    assertThat(north.in(() -> service.getLogo()).contentType()).isEqualTo("image/png");
  }

  @Test
  void anotherPracticesLogoIsNotFoundAndThePracticesOwnIsPublic() {
    north.in(() -> service.replaceLogo(north.admin, png()));
    assertThatThrownBy(() -> south.in(() -> service.getLogo())).isInstanceOf(NotFound.class);
    assertThat(north.in(() -> service.getLogo()).content())
        .as("public branding, also for callers not signed in")
        .isEqualTo(png());
  }

  static byte[] png() {
    return PracticeLogoTest.png(256);
  }

  static long logoRows(SamplePractice practice) {
    return practice.in(
        () ->
            db.entityManager()
                .createQuery("SELECT COUNT(l) FROM PracticeLogo l", Long.class)
                .getSingleResult());
  }
}
