package org.foyer.admin.portal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.SampleSettings;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalSettingsChangeTest {

  @ParameterizedTest
  @ValueSource(ints = {5, 6, 119, 120})
  void sessionTimeoutWithinFiveToOneHundredTwentyMinutesIsAccepted(int minutes) {
    assertThat(SampleSettings.withTimeout(minutes).validated().sessionTimeoutMinutes())
        .isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -5, 0, 4, 121, Integer.MAX_VALUE})
  void sessionTimeoutOutsideTheRangeIsRefusedOnItsField(int minutes) {
    assertRefusedOn(SampleSettings.withTimeout(minutes), "sessionTimeoutMinutes", "5 to 120");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 167, 168})
  void cancellationWindowWithinAWeekIsAccepted(int hours) {
    assertThat(SampleSettings.withWindow(hours).validated().cancellationWindowHours())
        .isEqualTo(hours);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 169, 10_000})
  void cancellationWindowOutsideAWeekIsRefused(int hours) {
    assertRefusedOn(SampleSettings.withWindow(hours), "cancellationWindowHours", "0 to 168");
  }

  @Test
  void colourIsNormalisedToLowerCase() {
    assertThat(SampleSettings.valid().validated().brandColour()).isEqualTo("#1a2b3c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "#abc", "1a2b3c", "#1a2b3g", "#1a2b3c4", "red", "#1a2b3c;x"})
  void colourNotWrittenAsHashSixHexDigitsIsRefused(String colour) {
    assertRefusedOn(SampleSettings.withText("Name", colour, ""), "brandColour", "#rrggbb");
  }

  @Test
  void missingColourIsRefused() {
    assertRefusedOn(SampleSettings.withText("Name", null, ""), "brandColour", "#rrggbb");
  }

  @Test
  void displayNameOfOneHundredTwentyCharactersIsAcceptedAndOneMoreIsNot() {
    assertThat(SampleSettings.withText("n".repeat(120), "#000000", "").validated().displayName())
        .hasSize(120);
    assertRefusedOn(
        SampleSettings.withText("n".repeat(121), "#000000", ""), "displayName", "at most 120");
  }

  @Test
  void blankDisplayNameMeansThePracticesOwnName() {
    assertThat(SampleSettings.withText("   ", "#000000", null).validated().displayName()).isEmpty();
  }

  @Test
  void displayNameMustBeOneLineOfPlainText() {
    assertRefusedOn(SampleSettings.withText("A\nB", "#000000", ""), "displayName", "single line");
    assertRefusedOn(
        SampleSettings.withText("A\u0000B", "#000000", ""), "displayName", "single line");
  }

  @Test
  void welcomeMessageUpToTwoThousandCharactersIsKeptAsPlainText() {
    String markup = "<script>alert(1)</script>" + "w".repeat(1975);
    PortalSettingsChange valid = SampleSettings.withText("", "#000000", markup).validated();
    // Kept verbatim: it is plain text that every page escapes, never interpreted as markup.
    assertThat(valid.welcomeMessage()).isEqualTo(markup);
    assertRefusedOn(
        SampleSettings.withText("", "#000000", "w".repeat(2001)), "welcomeMessage", "2000");
  }

  @Test
  void welcomeMessageWithControlCharactersIsRefusedButLineBreaksAreKept() {
    assertRefusedOn(
        SampleSettings.withText("", "#000000", "hi\u001b[31m"), "welcomeMessage", "plain text");
    assertThat(SampleSettings.withText("", "#000000", "a\r\nb\tc").validated().welcomeMessage())
        .isEqualTo("a\nb\tc");
  }

  @Test
  void everyChoiceMustBeMade() {
    assertThatThrownBy(() -> SampleSettings.withChoices(null, null, null).validated())
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("staffMfaPolicy", "clientMfa", "selfScheduling"));
  }

  @Test
  void everyBrokenFieldIsNamedAtOnce() {
    PortalSettingsChange broken =
        new PortalSettingsChange(
            true,
            true,
            "x".repeat(500),
            "blue",
            "ok",
            1,
            StaffMfaPolicy.ALL_STAFF,
            ClientMfa.OFF,
            SelfScheduling.OFF,
            500,
            false);
    assertThatThrownBy(broken::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys(
                        "displayName",
                        "brandColour",
                        "sessionTimeoutMinutes",
                        "cancellationWindowHours"));
  }

  static void assertRefusedOn(PortalSettingsChange change, String field, String message) {
    assertThatThrownBy(change::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys(field)
                    .extractingByKey(field)
                    .asString()
                    .contains(message));
  }
}
