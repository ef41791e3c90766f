package org.foyer.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodesTest {

  private final RecoveryCodes.Issued issued = RecoveryCodes.issue();

  @Test
  void tenDistinctCodesInDashedGroupsFromTheUnambiguousAlphabet() {
    assertThat(issued.codes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(issued.codes())
        .allSatisfy(
            code ->
                assertThat(code)
                    .matches("[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}"));
    assertThat(String.join("", issued.codes())).doesNotContainAnyWhitespaces();
    assertThat(String.join("", issued.codes())).containsPattern("^[^01ilo]*$");
  }

  @Test
  void onlyHashesAreKeptForStorage() {
    assertThat(issued.hashes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(issued.hashes()).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
    assertThat(new HashSet<>(issued.hashes())).doesNotContainAnyElementsOf(issued.codes());
  }

  @Test
  void redeemingACodeRemovesOnlyItsHash() {
    List<String> remaining =
        RecoveryCodes.redeem(issued.codes().get(3), issued.hashes()).orElseThrow();

    assertThat(remaining).hasSize(9).doesNotContain(issued.hashes().get(3));
    assertThat(remaining)
        .containsExactlyElementsOf(
            issued.hashes().stream().filter(h -> !h.equals(issued.hashes().get(3))).toList());
  }

  @Test
  void codeCannotBeRedeemedTwice() {
    String code = issued.codes().get(0);
    List<String> remaining = RecoveryCodes.redeem(code, issued.hashes()).orElseThrow();

    assertThat(RecoveryCodes.redeem(code, remaining)).isEmpty();
  }

  @Test
  void everyCodeCanBeRedeemedOnceUntilNoneAreLeft() {
    List<String> stored = issued.hashes();
    for (String code : issued.codes()) {
      stored = RecoveryCodes.redeem(code, stored).orElseThrow();
    }

    assertThat(stored).isEmpty();
  }

  @Test
  void caseSpacesAndDashesAreIgnored() {
    String code = issued.codes().get(5);
    String typed = " " + code.toUpperCase().replace("-", " ") + " ";

    assertThat(RecoveryCodes.redeem(typed, issued.hashes())).isPresent();
    assertThat(RecoveryCodes.redeem(code.replace("-", ""), issued.hashes())).isPresent();
  }

  @Test
  void codeFromAnotherSetIsRefused() {
    String other = RecoveryCodes.issue().codes().get(0);

    assertThat(RecoveryCodes.redeem(other, issued.hashes())).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "----", "abcd-efgh", "abcd-efgh-jkmn-p"})
  void malformedCodeIsRefused(String code) {
    assertThat(RecoveryCodes.redeem(code, issued.hashes())).isEmpty();
  }

  @Test
  void nothingToRedeemAgainstRefusesEveryCode() {
    assertThat(RecoveryCodes.redeem(issued.codes().get(0), List.of())).isEmpty();
  }
}
