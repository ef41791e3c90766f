package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written number check accepts exactly what its grammar, as a regex, accepts. */
class NumeralProperties {

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");

  @Property(tries = 2000)
  void wholeNumbersFollowTheirGrammar(@ForAll("numerals") String text) {
    assertThat(ValueConverter.isNumeral(text, false)).isEqualTo(INTEGER.matcher(text).matches());
  }

  @Property(tries = 2000)
  void decimalsFollowTheirGrammar(@ForAll("numerals") String text) {
    assertThat(ValueConverter.isNumeral(text, true)).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> numerals() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("-0123456789.").ofMaxLength(8),
        Arbitraries.strings().withChars("-019.").ofMinLength(14).ofMaxLength(28),
        Arbitraries.strings().withChars("0123456789.-+e ٣x").ofMaxLength(6));
  }
}
