package org.foyer.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class ConfidentialityTest {

  @Test
  void aBodySayingTrueOrFalseIsThatChoice() {
    assertThat(Confidentiality.chosenIn(new Confidentiality(true))).isTrue();
    assertThat(Confidentiality.chosenIn(new Confidentiality(false))).isFalse();
  }

  @Test
  void aMissingBodyOrValueIsRefusedNamingTheField() {
    for (Confidentiality body : new Confidentiality[] {null, new Confidentiality(null)}) {
      assertThatThrownBy(() -> Confidentiality.chosenIn(body))
          .isInstanceOf(InvalidInput.class)
          .hasMessageContaining("JSON body")
          .satisfies(
              e ->
                  assertThat(((InvalidInput) e).fieldErrors())
                      .containsEntry("confidentialFromGuardians", "Say true or false"));
    }
  }
}
