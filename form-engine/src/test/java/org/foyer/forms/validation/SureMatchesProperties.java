package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.EmailFormat;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A sure match is never wrong: whatever it accepts, the real check accepts too. */
class SureMatchesProperties {

  private static final EmailFormat EMAIL = new EmailFormat();
  private static final DateFormat DATE = new DateFormat();

  @Property(tries = 3000)
  void aPlainEmailPassesNetworkntsCheck(@ForAll("emails") String email) {
    if (SureMatches.isPlainEmail(email)) {
      assertThat(EMAIL.matches(null, email)).as(email).isTrue();
    }
  }

  @Property(tries = 3000)
  void aPlainDatePassesNetworkntsCheck(@ForAll("dates") String date) {
    assertThat(SureMatches.isPlainDate(date)).isEqualTo(DATE.matches(null, date));
  }

  @Property(tries = 3000)
  void aSurePatternMatchIsAMatch(@ForAll("patterns") String regex, @ForAll("texts") String text) {
    if (SureMatches.pattern(regex).test(text)) {
      assertThat(Pattern.compile(regex).matcher(text).find()).isTrue();
    }
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> part = Arbitraries.strings().withChars("aZ09._+-@ é").ofMaxLength(12);
    Arbitrary<String> tld = Arbitraries.of("com", "org", "net", "edu", "c", "co", "xyz", "");
    Arbitrary<String> label =
        Arbitraries.strings().withChars("az09-_+").ofMinLength(1).ofMaxLength(64);
    return Arbitraries.oneOf(
        Combinators.combine(part, part, tld).as((l, d, t) -> l + "@" + d + "." + t),
        Combinators.combine(label, label, label, tld)
            .as((l, d, e, t) -> l + "@" + d + "." + e + "." + t));
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
                digits,
                digits)
            .as((y, m, d) -> y + "-" + m + "-" + d),
        Arbitraries.strings().withChars("0129-+ ").ofMaxLength(11));
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(
        "^[0-9a-f]{64}$",
        "^[0-9 +().-]{7,20}$",
        "^[0-9]{4}$",
        "^[A-Za-z0-9 -]{1,30}$",
        "^[A-Za-z\\u00c0-\\u00ff.'-]{2,4}$",
        "^[^0-9]{2,3}$",
        "^[\\d\\s]{1,3}$",
        "^[a-c\\]]{1,2}$",
        "[0-9]{2}",
        "^[0-9]{2}");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("09af+ ().-AZàÿ'Ā]\n").ofMaxLength(22);
  }
}
