package org.foyer.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

  // A low work factor keeps the tests fast; the format and logic are the same.
  private final PasswordHash hasher = new PasswordHash(1_000);

  @Test
  void defaultHasherAsksForTheOwaspIterationCount() {
    // Checked through needsRehash rather than by hashing: one real-cost hash takes seconds here.
    String encoded = hasher.hash("correct horse battery".toCharArray());
    PasswordHash defaults = new PasswordHash();

    assertThat(PasswordHash.DEFAULT_ITERATIONS).isEqualTo(210_000);
    assertThat(defaults.needsRehash(encoded.replace("$1000$", "$209999$"))).isTrue();
    assertThat(defaults.needsRehash(encoded.replace("$1000$", "$210000$"))).isFalse();
  }

  @Test
  void encodedHashDescribesSchemeIterationsSaltAndKey() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    String[] parts = encoded.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(parts[1]).isEqualTo("1000");
    assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(encoded).doesNotContain("=");
  }

  @Test
  void rightPasswordVerifies() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse battery".toCharArray(), encoded)).isTrue();
  }

  @Test
  void wrongPasswordIsRefused() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse batterz".toCharArray(), encoded)).isFalse();
    assertThat(hasher.verify("Correct horse battery".toCharArray(), encoded)).isFalse();
  }

  @Test
  void samePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
    char[] password = "correct horse battery".toCharArray();

    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
  }

  @Test
  void hashWithOtherIterationCountStillVerifies() {
    String older = new PasswordHash(500).hash("correct horse battery".toCharArray());

    assertThat(hasher.verify("correct horse battery".toCharArray(), older)).isTrue();
  }

  @Test
  void composedAndDecomposedAccentsAreTheSamePassword() {
    String encoded = hasher.hash("caf\u00e9 au lait s'il vous pla\u00eet".toCharArray());

    assertThat(hasher.verify("cafe\u0301 au lait s'il vous plai\u0302t".toCharArray(), encoded))
        .isTrue();
  }

  @Test
  void emptyPasswordCannotBeHashed() {
    assertThatThrownBy(() -> hasher.hash(new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> hasher.hash(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyPasswordNeverVerifies() {
    String encoded = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.verify(new char[0], encoded)).isFalse();
    assertThat(hasher.verify(null, encoded)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
        "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$99999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$not*base64$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$c2hvcnQ",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g$x"
      })
  void malformedEncodedHashNeverVerifiesAndNeedsRehash(String encoded) {
    assertThat(hasher.verify("correct horse battery".toCharArray(), encoded)).isFalse();
    assertThat(hasher.needsRehash(encoded)).isTrue();
  }

  @Test
  void unknownAccountPathAlwaysFails() {
    assertThat(hasher.verifyDummy("correct horse battery".toCharArray())).isFalse();
    assertThat(hasher.verifyDummy(new char[0])).isFalse();
    assertThat(hasher.verifyDummy(null)).isFalse();
  }

  @Test
  void hashWithFewerIterationsNeedsRehash() {
    String older = new PasswordHash(500).hash("correct horse battery".toCharArray());

    assertThat(hasher.needsRehash(older)).isTrue();
  }

  @Test
  void currentHashDoesNotNeedRehash() {
    String current = hasher.hash("correct horse battery".toCharArray());
    String stronger = new PasswordHash(2_000).hash("correct horse battery".toCharArray());

    assertThat(hasher.needsRehash(current)).isFalse();
    assertThat(hasher.needsRehash(stronger)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000_001})
  void iterationCountOutOfRangeIsRefused(int iterations) {
    assertThatThrownBy(() -> new PasswordHash(iterations))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iterations");
  }

  @Test
  void callersPasswordArrayIsLeftIntact() {
    char[] password = "correct horse battery".toCharArray();

    hasher.hash(password);

    assertThat(new String(password)).isEqualTo("correct horse battery");
  }
}
