package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;

class SubmissionParserProperties {

  private static final FormDefinition INTAKE = SampleForms.intake();
  private static final SubmissionParser PARSER = Posts.parser(INTAKE);
  private static final AnswerValidator BARE = new AnswerValidator(INTAKE);

  @Property(tries = 300)
  void arbitraryPostsNeverThrowAndOnlyKnownFieldsSurvive(
      @ForAll("posts") Map<String, List<String>> post) {
    ParseResult result = PARSER.parsePost(post, Answers.EMPTY);

    result
        .answers()
        .view()
        .fieldNames()
        .forEachRemaining(name -> assertThat(INTAKE.fields()).containsKey(name));
    for (FieldError error : result.errors()) {
      assertThat(error.pointer()).matches("|/.*");
      assertThat(error.field().isEmpty() || INTAKE.fields().containsKey(error.field())).isTrue();
      assertThat(error.message(java.util.Locale.ENGLISH)).isNotBlank();
    }
  }

  @Property(tries = 300)
  void anAcceptedSubmissionAlwaysSatisfiesTheSchema(
      @ForAll("posts") Map<String, List<String>> noise) {
    Posts post = Posts.validIntake();
    noise.forEach(
        (k, v) -> {
          if (INTAKE.fields().containsKey(k) && !k.equals("consent")) {
            post.with(k, v.toArray(String[]::new));
          }
        });
    ParseResult result = PARSER.parsePost(post.build(), Answers.EMPTY);
    if (result.isValid()) {
      assertThat(BARE.isValid(result.answers().json())).isTrue();
    }
  }

  @Property
  void wholeNumbersInRangeRoundTrip(@ForAll @IntRange(min = 0, max = 31) int sessions) {
    ParseResult result =
        PARSER.parsePost(
            Posts.validIntake().with("sessionsPerMonth", Integer.toString(sessions)).build(),
            Answers.EMPTY);
    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("sessionsPerMonth").intValue()).isEqualTo(sessions);
  }

  @Property
  void textThatIsNotACanonicalWholeNumberIsNeverAccepted(@ForAll("notIntegers") String text) {
    ParseResult result =
        PARSER.parsePost(Posts.validIntake().with("sessionsPerMonth", text).build(), Answers.EMPTY);
    assertThat(result.answers().has("sessionsPerMonth")).isFalse();
    assertThat(result.errors()).extracting(FieldError::pointer).contains("/sessionsPerMonth");
  }

  @Property(tries = 500)
  void shortTextIsKeptExactlyOrRefusedWithAReason(@ForAll @StringLength(max = 120) String text) {
    ParseResult result =
        PARSER.parsePost(Posts.validIntake().with("preferredName", text).build(), Answers.EMPTY);
    if (result.answers().has("preferredName")) {
      assertThat(result.answers().get("preferredName").textValue()).isEqualTo(text.strip());
    } else if (!text.isBlank()) {
      assertThat(result.errors())
          .filteredOn(e -> e.pointer().equals("/preferredName"))
          .extracting(FieldError::code)
          .containsAnyOf(ErrorCode.TOO_LONG, ErrorCode.INVALID_CHARACTERS);
    }
  }

  @Property(tries = 200)
  void answersToTheHiddenMedicationSectionNeverSurvive(@ForAll("rows") List<String> names) {
    Posts post = Posts.validIntake().with("takesMedication", "false");
    for (int i = 0; i < names.size(); i++) {
      post.with("medications[" + i + "].name", names.get(i));
    }
    ParseResult result = PARSER.parsePost(post.build(), Answers.EMPTY);
    assertThat(result.answers().has("medications")).isFalse();
    assertThat(result.errors()).extracting(FieldError::field).doesNotContain("medications");
  }

  @Provide
  Arbitrary<Map<String, List<String>>> posts() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(INTAKE.fields().keySet()),
            Arbitraries.of(
                "medications[0].name",
                "medications[1].dose",
                "medications[999].name",
                "signature.ref",
                "signature.sha256",
                "insuranceCard.name",
                "_csrf",
                "a[b]",
                "x.y.z",
                "../etc/passwd"),
            Arbitraries.strings().ofMaxLength(30));
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.of(
                "true",
                "false",
                "1",
                "-1",
                "2024-02-29",
                "a@b.org",
                "sleep",
                "phone",
                "data:image/png;base64,AAAA",
                "a".repeat(64)),
            Arbitraries.integers().map(String::valueOf));
    return Arbitraries.maps(names, values.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> notIntegers() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Combinators.combine(Arbitraries.integers(), Arbitraries.of(".5", "e2", "abc", " 1", "x"))
            .as((i, s) -> i + s),
        Arbitraries.of("1.0", "0x10", "+3", "07", "1,000", "∞", "NaN", "٣"));
  }

  @Provide
  Arbitrary<List<String>> rows() {
    return Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(12);
  }
}
