package org.foyer.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.services.SamplePractice;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The age from which a minor's items may be kept from guardians, against the real database. */
class MinorPrivacyTest {

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
  void aNewPracticeKeepsItemsFromGuardiansFromAge14() {
    assertThat(north.in(service::minorPrivacy)).isEqualTo(MinorPrivacy.DEFAULTS);
    assertThat(MinorPrivacy.DEFAULTS.covers(14)).isTrue();
    assertThat(MinorPrivacy.DEFAULTS.covers(13)).isFalse();
    assertThat(MinorPrivacy.DEFAULTS.covers(18)).isFalse();
    assertThat(MinorPrivacy.OFF.covers(15)).isFalse();
  }

  @Test
  void theAgeIsSavedForThatPracticeOnlyAndAudited() {
    north.in(() -> service.changeMinorPrivacy(north.admin, new MinorPrivacy(12)));
    assertThat(north.in(service::minorPrivacy)).isEqualTo(new MinorPrivacy(12));
    assertThat(south.in(service::minorPrivacy)).isEqualTo(MinorPrivacy.DEFAULTS);
    assertThat(events.fired())
        .containsExactly(
            new PortalSettingsChanged(
                "admin@north.test",
                "minor privacy from guardians changed from from age 14 to from age 12"));
  }

  @Test
  void itCanBeTurnedOffAndOnAgain() {
    north.in(() -> service.changeMinorPrivacy(north.admin, MinorPrivacy.OFF));
    assertThat(north.in(service::minorPrivacy).age()).isEmpty();
    north.in(() -> service.changeMinorPrivacy(north.admin, new MinorPrivacy(17)));
    assertThat(north.in(service::minorPrivacy).age()).contains(17);
  }

  @Test
  void anAgeOutOfRangeIsRefusedOnItsField() {
    for (int age : new int[] {11, 18, 0}) {
      assertThatThrownBy(
              () -> north.in(() -> service.changeMinorPrivacy(north.admin, new MinorPrivacy(age))))
          .isInstanceOf(InvalidInput.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInput) e).fieldErrors())
                      .containsKey("minorPrivacyAge")
                      .extractingByKey("minorPrivacyAge")
                      .asString()
                      .contains("12 to 17"));
    }
    assertThat(north.in(service::minorPrivacy)).isEqualTo(MinorPrivacy.DEFAULTS);
    assertThat(events.fired()).isEmpty();
  }

  @Test
  void thePageSavesTheAgeWithTheOtherSettingsAndReportsEveryBadFieldAtOnce() {
    north.in(
        () ->
            service.change(
                north.admin,
                SampleSettings.valid(),
                ClientOutreach.DEFAULTS,
                new MinorPrivacy(16)));
    assertThat(north.in(service::minorPrivacy).age()).contains(16);
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.change(
                            north.admin,
                            SampleSettings.withTimeout(1),
                            ClientOutreach.DEFAULTS,
                            new MinorPrivacy(20))))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).fieldErrors())
                    .containsKeys("sessionTimeoutMinutes", "minorPrivacyAge"));
    assertThat(north.in(service::minorPrivacy).age()).contains(16);
  }

  @Test
  void onlyAdministratorsChangeIt() {
    assertThatThrownBy(
            () -> north.in(() -> service.changeMinorPrivacy(north.therapist, MinorPrivacy.OFF)))
        .isInstanceOf(Refused.class);
    assertThat(north.in(service::minorPrivacy)).isEqualTo(MinorPrivacy.DEFAULTS);
  }
}
