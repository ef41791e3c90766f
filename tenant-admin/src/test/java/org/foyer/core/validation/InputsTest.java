package org.foyer.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class InputsTest {

  enum Kind {
    PARENT,
    GUARDIAN
  }

  /** An input record as a feature writes one. */
  record Person(
      @NotBlank(message = "Enter the name") @Size(max = 10, message = "{foyer.tooLong}")
          String name,
      @Size(max = Shapes.EMAIL_LENGTH, message = "{foyer.tooLong}")
          @Pattern(regexp = Shapes.EMAIL, message = "{foyer.email}")
          String email,
      @NotNull(message = "{foyer.birthDate.required}") @BirthDate LocalDate born,
      UUID clinicianId,
      Kind kind) {}

  final Inputs inputs = Inputs.standalone();

  /** 03:00 UTC on 4 December is still 3 December in Chicago. */
  final Clock chicago =
      Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneId.of("America/Chicago"));

  @Test
  void everyBrokenRuleIsNamedByItsFieldWithAMessageThatSaysWhatToType() {
    Person person = new Person("A name far too long", "not-an-email", null, null, null);

    assertThatThrownBy(() -> inputs.check(person, "Check the person", Map.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> {
              assertThat(invalid.getMessage()).isEqualTo("Check the person");
              assertThat(invalid.fieldErrors())
                  .containsEntry("name", "Use at most 10 characters")
                  .containsEntry("email", "Enter an email address like name@example.org")
                  .containsEntry("born", "Enter the date of birth")
                  .hasSize(3);
            });
  }

  @Test
  void anEmptyOptionalFieldKeepsItsShapeRule() {
    assertThat(inputs.problems(new Person("Jo", "", LocalDate.of(2000, 1, 1), null, null)))
        .isEmpty();
  }

  @Test
  void rulesThatNeedTheDatabaseJoinTheSameRefusal() {
    Person person = new Person("Jo", null, LocalDate.of(2000, 1, 1), null, null);

    assertThatThrownBy(
            () -> inputs.check(person, "Check", Map.of("clinicianId", "Choose a therapist")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsExactly(Map.entry("clinicianId", "Choose a therapist")));
  }

  @Test
  void aBirthDateIsJudgedOnTheCalendarOfTheClockGiven() {
    Person bornToday = new Person("Jo", null, LocalDate.of(2026, 12, 3), null, null);
    Person bornTomorrow = new Person("Jo", null, LocalDate.of(2026, 12, 4), null, null);
    Person bornLongAgo = new Person("Jo", null, LocalDate.of(1899, 12, 31), null, null);

    assertThat(inputs.check(bornToday, chicago, "Check", Map.of())).isSameAs(bornToday);
    assertThatThrownBy(() -> inputs.check(bornTomorrow, chicago, "Check", Map.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsEntry("born", "The date of birth cannot be in the future"));
    assertThatThrownBy(() -> inputs.check(bornLongAgo, chicago, "Check", Map.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors()).containsEntry("born", "Check the year of birth"));
  }

  @Test
  void aPagesMaxLengthComesFromTheSizeConstraint() {
    assertThat(inputs.maxLengths(Person.class))
        .containsExactly(Map.entry("name", 10), Map.entry("email", Shapes.EMAIL_LENGTH));
  }

  @Test
  void aNullInputIsRefusedNotAServerError() {
    assertThatThrownBy(() -> inputs.check(null, "Send the person as a JSON object", Map.of()))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Send the person as a JSON object");
  }

  @Test
  void everyMessageIsAlsoInSpanish() {
    ResourceBundle english = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);
    ResourceBundle spanish =
        ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag("es"));

    assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    assertThat(english.keySet())
        .allSatisfy(key -> assertThat(spanish.getString(key)).isNotEqualTo(english.getString(key)));
  }
}
