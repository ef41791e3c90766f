package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.forms.validation.Posts.post;
import static org.foyer.forms.validation.Posts.validIntake;

import java.util.Locale;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.junit.jupiter.api.Test;

class SubmissionParserTest {

  private static final FormDefinition INTAKE = SampleForms.intake();
  private final SubmissionParser parser = Posts.parser(INTAKE);

  private ParseResult parse(Posts post) {
    return parser.parsePost(post.build(), Answers.EMPTY);
  }

  @Test
  void aCompletePostBecomesATypedAnswerDocument() {
    ParseResult result =
        parse(
            validIntake()
                .with("sessionsPerMonth", "4")
                .with("symptoms", "sleep", "mood")
                .with("stress", "3")
                .with("takesMedication", "true")
                .with("medications[0].name", "Sertraline")
                .with("medications[0].dose", "50 mg"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().view().toString())
        .contains("\"sessionsPerMonth\":4")
        .contains("\"symptoms\":[\"sleep\",\"mood\"]")
        .contains("\"stress\":3")
        .contains("\"takesMedication\":true")
        .contains("\"medications\":[{\"name\":\"Sertraline\",\"dose\":\"50 mg\"}]");
  }

  @Test
  void blankAnswersAreAbsentNotEmptyStrings() {
    ParseResult result = parse(validIntake().with("preferredName", "   ").with("reason", ""));
    assertThat(result.answers().has("preferredName")).isFalse();
    assertThat(result.answers().has("reason")).isFalse();
  }

  @Test
  void missingRequiredAnswersAreReportedPerField() {
    ParseResult result = parse(validIntake().without("email").without("firstName"));
    assertThat(result.errors())
        .extracting(FieldError::pointer, FieldError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/firstName", ErrorCode.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/email", ErrorCode.REQUIRED));
  }

  @Test
  void numbersAreConvertedStrictly() {
    assertThat(codeOf(parse(validIntake().with("sessionsPerMonth", "4abc")), "/sessionsPerMonth"))
        .isEqualTo(ErrorCode.NOT_A_WHOLE_NUMBER);
    assertThat(codeOf(parse(validIntake().with("sessionsPerMonth", "4.5")), "/sessionsPerMonth"))
        .isEqualTo(ErrorCode.NOT_A_WHOLE_NUMBER);
    assertThat(codeOf(parse(validIntake().with("sessionsPerMonth", "1e3")), "/sessionsPerMonth"))
        .isEqualTo(ErrorCode.NOT_A_WHOLE_NUMBER);
    assertThat(codeOf(parse(validIntake().with("sessionsPerMonth", "007")), "/sessionsPerMonth"))
        .isEqualTo(ErrorCode.NOT_A_WHOLE_NUMBER);
  }

  @Test
  void numberBoundsAreReportedWithTheLimit() {
    ParseResult result = parse(validIntake().with("sessionsPerMonth", "32"));
    FieldError error = errorAt(result, "/sessionsPerMonth");
    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(error.message(Locale.ENGLISH)).isEqualTo("Please enter 31 or less.");
    assertThat(
            errorAt(parse(validIntake().with("sessionsPerMonth", "-1")), "/sessionsPerMonth")
                .code())
        .isEqualTo(ErrorCode.TOO_SMALL);
  }

  @Test
  void yesNoAcceptsOnlyTrueOrFalse() {
    assertThat(codeOf(parse(validIntake().with("takesMedication", "on")), "/takesMedication"))
        .isEqualTo(ErrorCode.NOT_YES_OR_NO);
  }

  @Test
  void formatsAreAsserted() {
    assertThat(
            codeOf(
                parse(
                    validIntake()
                        .with("email", "ana")
                        .without("email")
                        .with("email", "not-an-email")),
                "/email"))
        .isEqualTo(ErrorCode.NOT_AN_EMAIL);
    assertThat(
            codeOf(
                parse(validIntake().without("dateOfBirth").with("dateOfBirth", "1990-02-30")),
                "/dateOfBirth"))
        .isEqualTo(ErrorCode.NOT_A_DATE);
  }

  @Test
  void choicesOutsideTheEnumAreRefused() {
    assertThat(codeOf(parse(validIntake().with("contactMethod", "fax")), "/contactMethod"))
        .isEqualTo(ErrorCode.NOT_AN_OPTION);
    assertThat(codeOf(parse(validIntake().with("symptoms", "sleep", "flying")), "/symptoms/1"))
        .isEqualTo(ErrorCode.NOT_AN_OPTION);
  }

  @Test
  void repeatedCheckboxValuesAreRefused() {
    assertThat(codeOf(parse(validIntake().with("symptoms", "sleep", "sleep")), "/symptoms"))
        .isEqualTo(ErrorCode.DUPLICATE_ITEMS);
  }

  @Test
  void moreCheckboxValuesThanOptionsAreRefused() {
    assertThat(
            codeOf(
                parse(validIntake().with("symptoms", "sleep", "mood", "anxiety", "x")),
                "/symptoms"))
        .isEqualTo(ErrorCode.TOO_MANY_ITEMS);
  }

  @Test
  void twoValuesForASingleAnswerFieldAreRefused() {
    assertThat(codeOf(parse(validIntake().with("reason", "a", "b")), "/reason"))
        .isEqualTo(ErrorCode.TOO_MANY_VALUES);
  }

  @Test
  void unknownFieldsAreRefused() {
    ParseResult result = parse(validIntake().with("isAdmin", "true"));
    assertThat(result.errors())
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.UNKNOWN_FIELD);
    assertThat(result.answers().has("isAdmin")).isFalse();
  }

  @Test
  void postedValuesForInfoTextsAreRefused() {
    assertThat(parse(validIntake().with("welcome", "x")).errors())
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.UNKNOWN_FIELD);
  }

  @Test
  void platformReservedNamesAreIgnored() {
    assertThat(parse(validIntake().with("_csrf", "t0k3n").with("_add", "medications")).errors())
        .isEmpty();
  }

  @Test
  void textLongerThanTheSchemaAllowsIsRefusedWithTheLimit() {
    FieldError error =
        errorAt(parse(validIntake().with("preferredName", "x".repeat(81))), "/preferredName");
    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LONG);
    assertThat(error.args()).containsExactly(80);
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(codeOf(parse(validIntake().with("preferredName", "An\u0000a")), "/preferredName"))
        .isEqualTo(ErrorCode.INVALID_CHARACTERS);
    assertThat(codeOf(parse(validIntake().with("preferredName", "line\nbreak")), "/preferredName"))
        .isEqualTo(ErrorCode.INVALID_CHARACTERS);
    assertThat(codeOf(parse(validIntake().with("preferredName", "bad\uD800")), "/preferredName"))
        .isEqualTo(ErrorCode.INVALID_CHARACTERS);
  }

  @Test
  void longTextKeepsLineBreaksAndNormalisesThem() {
    ParseResult result = parse(validIntake().with("reason", "one\r\ntwo"));
    assertThat(result.answers().get("reason").textValue()).isEqualTo("one\ntwo");
  }

  @Test
  void oversizedSubmissionsAreRefusedBeforeConversion() {
    SubmissionParser small = Posts.parser(INTAKE, new ParseLimits(10, 100, 50, 20, 5));
    ParseResult result =
        small.parsePost(validIntake().with("reason", "x".repeat(200)).build(), Answers.EMPTY);
    assertThat(result.errors())
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.SUBMISSION_TOO_LARGE);
  }

  @Test
  void tooManyParametersAreRefused() {
    SubmissionParser small = Posts.parser(INTAKE, new ParseLimits(3, 10_000, 50, 20, 5));
    assertThat(small.parsePost(validIntake().build(), Answers.EMPTY).errors())
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.SUBMISSION_TOO_LARGE);
  }

  @Test
  void answersToHiddenFieldsAreDropped() {
    ParseResult result =
        parse(validIntake().with("takesMedication", "false").with("medications[0].name", "X"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().has("medications")).isFalse();
    assertThat(result.hidden()).contains("medications", "medicationSection");
  }

  @Test
  void hiddenFieldsAreNeverRequired() {
    ParseResult result =
        parse(validIntake().with("takesMedication", "false").with("medications[0].dose", "5 mg"));
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void visibleRepeatRowsAreValidated() {
    ParseResult result =
        parse(validIntake().with("takesMedication", "true").with("medications[0].dose", "5 mg"));
    assertThat(codeOf(result, "/medications/0/name")).isEqualTo(ErrorCode.REQUIRED);
  }

  @Test
  void blankRepeatRowsAreDroppedAndTheRestRenumbered() {
    ParseResult result =
        parse(
            validIntake()
                .with("takesMedication", "true")
                .with("medications[0].name", "")
                .with("medications[0].dose", "")
                .with("medications[1].name", "Lithium")
                .with("medications[1].dose", ""));
    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("medications").size()).isEqualTo(1);
    assertThat(result.typed())
        .containsKey("medications[0].name")
        .doesNotContainKey("medications[1].name");
  }

  @Test
  void moreRowsThanAllowedAreRefused() {
    Posts post = validIntake().with("takesMedication", "true");
    for (int i = 0; i < 11; i++) {
      post.with("medications[" + i + "].name", "m" + i);
    }
    assertThat(codeOf(parse(post), "/medications")).isEqualTo(ErrorCode.TOO_MANY_ITEMS);
  }

  @Test
  void requireRuleMakesAFieldRequiredWhenItsConditionMatches() {
    assertThat(codeOf(parse(validIntake().with("contactMethod", "phone")), "/phone"))
        .isEqualTo(ErrorCode.REQUIRED);
    assertThat(parse(validIntake().with("contactMethod", "email")).errors()).isEmpty();
  }

  @Test
  void consentMustBeGiven() {
    assertThat(codeOf(parse(validIntake().without("consent").with("consent", "false")), "/consent"))
        .isEqualTo(ErrorCode.MUST_ACCEPT);
  }

  @Test
  void lockedPrefillsKeepTheRecordValueWhateverWasPosted() {
    Answers baseline = Answers.parse("{\"firstName\":\"Ana\",\"lastName\":\"Diaz\"}");
    ParseResult result =
        parser.parsePost(
            validIntake().without("firstName").with("firstName", "Mallory").build(), baseline);
    assertThat(result.answers().get("firstName").textValue()).isEqualTo("Ana");
  }

  @Test
  void signatureIsAReferenceWithAHash() {
    String sha = "a".repeat(64);
    ParseResult result =
        parse(
            validIntake()
                .with("signature.ref", "blob:sig-1")
                .with("signature.sha256", sha)
                .with("signature.typedName", "Ana Diaz"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("signature").path("sha256").asText()).isEqualTo(sha);
  }

  @Test
  void inlineBase64ImagesAreRefused() {
    ParseResult result =
        parse(
            validIntake()
                .with("signature.ref", "data:image/png;base64,iVBORw0KGgo=")
                .with("signature.sha256", "a".repeat(64)));
    assertThat(codeOf(result, "/signature")).isEqualTo(ErrorCode.INLINE_DATA_REFUSED);
  }

  @Test
  void malformedReferencesAreRefused() {
    ParseResult result =
        parse(
            validIntake()
                .with("insuranceCard.ref", "blob:x")
                .with("insuranceCard.sha256", "nothex"));
    assertThat(codeOf(result, "/insuranceCard")).isEqualTo(ErrorCode.INVALID_REFERENCE);
  }

  @Test
  void typedValuesAreKeptForReRendering() {
    ParseResult result = parse(validIntake().with("sessionsPerMonth", "four"));
    assertThat(result.typed()).containsEntry("sessionsPerMonth", java.util.List.of("four"));
  }

  @Test
  void jsonAnswersGoThroughTheSameChecks() {
    ParseResult result =
        parser.parseJson(
            "{\"firstName\":\"Ana\",\"lastName\":\"D\",\"dateOfBirth\":\"1990-01-01\","
                + "\"email\":\"a@b.org\",\"consent\":true,\"sessionsPerMonth\":\"4\",\"x\":1}",
            Answers.EMPTY);
    assertThat(result.errors())
        .extracting(FieldError::pointer, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("", ErrorCode.UNKNOWN_FIELD),
            org.assertj.core.groups.Tuple.tuple("/sessionsPerMonth", ErrorCode.WRONG_TYPE));
  }

  @Test
  void malformedJsonIsAFieldErrorNotAnException() {
    assertThat(parser.parseJson("{\"a\":", Answers.EMPTY).errors())
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.WRONG_TYPE);
  }

  @Test
  void jsonWithInlineImageDataIsRefused() {
    ParseResult result =
        parser.parseJson(
            "{\"signature\":{\"ref\":\"data:image/png;base64,AAAA\",\"sha256\":\""
                + "a".repeat(64)
                + "\"}}",
            Answers.EMPTY);
    assertThat(codeOf(result, "/signature")).isEqualTo(ErrorCode.INLINE_DATA_REFUSED);
  }

  @Test
  void messagesArePlainLanguageInEnglishAndSpanish() {
    FieldError error = FieldError.of("/email", ErrorCode.REQUIRED);
    assertThat(error.message(Locale.ENGLISH)).isEqualTo("Please answer this question.");
    assertThat(error.message(Locale.forLanguageTag("es")))
        .isEqualTo("Por favor, responda esta pregunta.");
    assertThat(error.message(Locale.FRENCH)).isEqualTo("Please answer this question.");
  }

  @Test
  void noMessageMentionsSchemaInternals() {
    for (ErrorCode code : ErrorCode.values()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
        assertThat(FieldError.of("/x", code, 5).message(locale))
            .doesNotContainIgnoringCase("schema")
            .doesNotContain("$")
            .doesNotContainIgnoringCase("pattern")
            .doesNotContainIgnoringCase("enum");
      }
    }
  }

  @Test
  void dateBoundsInTheSchemaAreCheckedWithAPlainMessage() {
    SubmissionParser bounded = withDateOfBirthBound("formatExclusiveMaximum", "2026-01-01");
    ParseResult future =
        bounded.parsePost(
            validIntake().without("dateOfBirth").with("dateOfBirth", "2026-01-01").build(),
            Answers.EMPTY);
    FieldError error = errorAt(future, "/dateOfBirth");
    assertThat(error.code()).isEqualTo(ErrorCode.DATE_TOO_LATE);
    assertThat(error.message(Locale.ENGLISH))
        .isEqualTo("Please enter a date on or before 2025-12-31.");
    assertThat(error.message(Locale.forLanguageTag("es")))
        .isEqualTo("Por favor, escriba una fecha hasta el 2025-12-31.");
    assertThat(bounded.parsePost(validIntake().build(), Answers.EMPTY).errors()).isEmpty();
  }

  @Test
  void aDateBoundOfTodayRefusesAFutureDateOfBirthAndAcceptsToday() {
    SubmissionParser bounded = withDateOfBirthBound("formatMaximum", "today");
    java.time.LocalDate utcToday = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    ParseResult future =
        bounded.parsePost(
            validIntake()
                .without("dateOfBirth")
                .with("dateOfBirth", utcToday.plusDays(2).toString())
                .build(),
            Answers.EMPTY);
    FieldError error = errorAt(future, "/dateOfBirth");
    assertThat(error.code()).isEqualTo(ErrorCode.DATE_IN_FUTURE);
    assertThat(error.message(Locale.ENGLISH))
        .isEqualTo("Please enter a date that is not in the future.");
    for (String accepted : new String[] {utcToday.toString(), "1990-02-05"}) {
      assertThat(
              bounded
                  .parsePost(
                      validIntake().without("dateOfBirth").with("dateOfBirth", accepted).build(),
                      Answers.EMPTY)
                  .errors())
          .as(accepted)
          .isEmpty();
    }
  }

  /**
   * "Today or later" lets every client's own today through: wherever the client is, their date is
   * no earlier than the earliest date on Earth. Two days ago is refused everywhere.
   */
  @Test
  void aMinimumOfTodayAcceptsTodayInEveryZoneAndRefusesThePast() {
    SubmissionParser bounded = withDateOfBirthBound("formatMinimum", "today");
    java.time.Instant now = java.time.Instant.now();
    for (String zone : new String[] {"-11:00", "America/Denver", "UTC", "Asia/Tokyo", "+14:00"}) {
      String theirToday = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of(zone)).toString();
      assertThat(
              bounded
                  .parsePost(
                      validIntake().without("dateOfBirth").with("dateOfBirth", theirToday).build(),
                      Answers.EMPTY)
                  .errors())
          .as("today in " + zone)
          .isEmpty();
    }
    String twoDaysAgo =
        java.time.LocalDate.now(java.time.ZoneOffset.ofHours(-12)).minusDays(2).toString();
    ParseResult past =
        bounded.parsePost(
            validIntake().without("dateOfBirth").with("dateOfBirth", twoDaysAgo).build(),
            Answers.EMPTY);
    FieldError refused = errorAt(past, "/dateOfBirth");
    assertThat(refused.code()).isEqualTo(ErrorCode.DATE_IN_PAST);
    assertThat(refused.message(Locale.ENGLISH))
        .as("no date of some other zone's today")
        .isEqualTo("Please enter today's date or a later one.");
    assertThat(refused.message(Locale.forLanguageTag("es")))
        .isEqualTo("Por favor, escriba la fecha de hoy o una posterior.");
  }

  /** The sample intake with one date bound on its date of birth. */
  private static SubmissionParser withDateOfBirthBound(String keyword, String bound) {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            json.get("schema").get("properties").get("dateOfBirth"))
        .put(keyword, bound);
    return Posts.parser(new org.foyer.forms.definition.DefinitionReader().read(json));
  }

  private static ErrorCode codeOf(ParseResult result, String pointer) {
    return errorAt(result, pointer).code();
  }

  private static FieldError errorAt(ParseResult result, String pointer) {
    return result.errors().stream()
        .filter(e -> e.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + pointer + " in " + result.errors()));
  }
}
