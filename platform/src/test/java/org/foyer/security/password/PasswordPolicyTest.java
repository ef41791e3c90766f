package org.foyer.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void longUncommonPasswordIsAccepted() {
    assertThat(policy.problems("violet kettle on the moor")).isEmpty();
  }

  @Test
  void passwordWithoutDigitsOrSymbolsIsAcceptedBecauseThereAreNoCompositionRules() {
    assertThat(policy.problems("lowercaseonlywords")).isEmpty();
  }

  @Test
  void emptyPasswordIsRefusedWithOneMessage() {
    assertThat(policy.problems("")).containsExactly("Enter a password.");
    assertThat(policy.problems(null)).containsExactly("Enter a password.");
  }

  @Test
  void elevenCharactersAreTooShortAndTwelveAreEnough() {
    assertThat(policy.problems("abcdefghijx")).containsExactly("Use at least 12 characters.");
    assertThat(policy.problems("abcdefghijxy")).isEmpty();
  }

  @Test
  void oneHundredTwentyEightCharactersAreAcceptedAndOneMoreIsRefused() {
    assertThat(policy.problems("k".repeat(127) + "v")).isEmpty();
    assertThat(policy.problems("k".repeat(128) + "v"))
        .containsExactly("Use at most 128 characters.");
  }

  @Test
  void emojiCountsAsOneCharacter() {
    // Each emoji is two UTF-16 chars but one code point: 11 code points, 22 chars.
    String elevenEmoji = "\uD83D\uDE00".repeat(11);
    String twelveEmoji = "\uD83D\uDE00".repeat(12);

    assertThat(elevenEmoji).hasSize(22);
    assertThat(policy.problems(elevenEmoji)).containsExactly("Use at least 12 characters.");
    assertThat(policy.problems(twelveEmoji)).isEmpty();
  }

  @Test
  void emojiCountTowardsTheMaximumAsOneCharacterEach() {
    assertThat(policy.problems("\uD83C\uDF3B".repeat(128))).isEmpty();
    assertThat(policy.problems("\uD83C\uDF3B".repeat(129)))
        .containsExactly("Use at most 128 characters.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"password1234", "PASSWORD1234", "Summer2024!", "qwertyuiop1234", "111111111111"})
  void commonPasswordIsRefusedWhateverItsCase(String password) {
    assertThat(new PasswordPolicy(8).problems(password))
        .containsExactly("This password is too common. Choose one that is harder to guess.");
  }

  @Test
  void therapyWordsAreOnTheCommonList() {
    assertThat(policy.problems("Therapy12345")).isNotEmpty();
    assertThat(policy.problems("mentalhealth123")).isNotEmpty();
  }

  @Test
  void shortCommonPasswordGetsBothMessages() {
    assertThat(policy.problems("letmein"))
        .containsExactly(
            "Use at least 12 characters.",
            "This password is too common. Choose one that is harder to guess.");
  }

  @Test
  void passwordContainingTheEmailNameIsRefused() {
    assertThat(policy.problems("my name is JaneDoe, ok", "janedoe+portal@example.org", null))
        .containsExactly("Don't include your email address in the password.");
  }

  @Test
  void veryShortEmailNameIsIgnoredBecauseItWouldMatchByChance() {
    assertThat(policy.problems("jolly violet kettle", "jo@example.org", null)).isEmpty();
  }

  @Test
  void passwordContainingThePracticeNameIsRefusedWithOrWithoutSpaces() {
    String message = "Don't include the practice's name in the password.";

    assertThat(policy.problems("i love calm waters!!", null, "Calm Waters"))
        .containsExactly(message);
    assertThat(policy.problems("calmwaters forever", null, "Calm Waters")).containsExactly(message);
  }

  @Test
  void missingContextIsNotAProblem() {
    assertThat(policy.problems("violet kettle on the moor", null, null)).isEmpty();
    assertThat(policy.problems("violet kettle on the moor", "", "  ")).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReported() {
    assertThat(policy.problems("calmjane", "jane@example.org", "Calm")).hasSize(3);
  }

  @Test
  void charArrayPasswordsCanBeCheckedWithoutMakingAString() {
    assertThat(policy.problems(CharBuffer.wrap("violet kettle on the moor".toCharArray())))
        .isEmpty();
  }

  @Test
  void checkThrowsWeakPasswordCarryingTheMessages() {
    assertThatThrownBy(() -> policy.check("short", null, null))
        .isInstanceOf(WeakPassword.class)
        .hasMessageContaining("Use at least 12 characters.")
        .satisfies(
            e ->
                assertThat(((WeakPassword) e).problems())
                    .containsExactly("Use at least 12 characters."));
  }

  @Test
  void checkAcceptsAGoodPassword() {
    assertThatCode(() -> policy.check("violet kettle on the moor", "jane@example.org", "Calm"))
        .doesNotThrowAnyException();
  }

  @Test
  void configuredMinimumIsApplied() {
    PasswordPolicy sixteen = new PasswordPolicy(16);

    assertThat(sixteen.problems("violetkettle123")).containsExactly("Use at least 16 characters.");
    assertThat(sixteen.problems("violetkettle1234")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 0, 129})
  void minimumOutsideNistBoundsIsRefused(int minLength) {
    assertThatThrownBy(() -> new PasswordPolicy(minLength))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 8 and 128");
  }

  @Test
  void weakPasswordNeedsAtLeastOneProblem() {
    assertThatThrownBy(() -> new WeakPassword(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bundledListIsLoadedWithHundredsOfEntries() {
    assertThat(CommonPasswords.size()).isGreaterThan(300);
  }
}
