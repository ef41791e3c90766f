package org.foyer.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A plausible date of birth: not before 1900 and not after today. "Today" comes from the
 * validation's clock, which services set to the practice's clock ({@link Inputs#check(Object,
 * java.time.Clock, String, java.util.Map)}), so it follows the practice's calendar.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = BirthDate.Check.class)
public @interface BirthDate {

  String message() default "{foyer.birthDate.future}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@link LocalDate}; an absent date is left to {@code @NotNull}. */
  class Check implements ConstraintValidator<BirthDate, LocalDate> {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
      if (date == null) {
        return true;
      }
      if (date.isBefore(EARLIEST_BIRTH)) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("{foyer.birthDate.tooEarly}")
            .addConstraintViolation();
        return false;
      }
      return !date.isAfter(LocalDate.now(context.getClockProvider().getClock()));
    }
  }
}
