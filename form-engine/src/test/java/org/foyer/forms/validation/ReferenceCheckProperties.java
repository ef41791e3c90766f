package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written reference checks accept exactly what their grammar, as a regex, accepts. */
class ReferenceCheckProperties {

  private static final Pattern BLOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,199}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @Property(tries = 500)
  void blobIdsFollowTheirGrammar(@ForAll("blobIds") String ref) {
    assertThat(ValueConverter.isBlobId(ref)).isEqualTo(BLOB_ID.matcher(ref).matches());
  }

  @Property(tries = 500)
  void hashesFollowTheirGrammar(@ForAll("hashes") String sha) {
    assertThat(ValueConverter.isSha256(sha)).isEqualTo(SHA256.matcher(sha).matches());
  }

  @Provide
  Arbitrary<String> blobIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09:._/- +é\n").ofMaxLength(8),
        Arbitraries.strings().withChars("ab:").ofMinLength(195).ofMaxLength(205));
  }

  @Provide
  Arbitrary<String> hashes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(62).ofMaxLength(66),
        Arbitraries.strings().withChars("09afAFgz").ofLength(64));
  }
}
