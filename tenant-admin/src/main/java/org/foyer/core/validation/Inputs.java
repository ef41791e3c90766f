package org.foyer.core.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.foyer.core.errors.InvalidInput;

/**
 * Checks an input against its constraints and refuses it with one message per field, the shape
 * pages show beside their inputs and the API returns as a problem's field errors.
 */
@ApplicationScoped
public class Inputs {

  private ValidatorFactory factory;
  private Validator validator;

  protected Inputs() {}

  @Inject
  public Inputs(ValidatorFactory factory) {
    this.factory = factory;
    this.validator = factory.getValidator();
  }

  /** For code outside a container (tests, the operator's command line). */
  public static Inputs standalone() {
    return new Inputs(Validation.buildDefaultValidatorFactory());
  }

  /** Every broken rule of the input, by field; empty when it may be stored. */
  public <T> Map<String, String> problems(T input) {
    return problems(validator, input);
  }

  private static <T> Map<String, String> problems(Validator validator, T input) {
    Map<String, String> problems = new LinkedHashMap<>();
    validator.validate(input).stream()
        .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
        .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    return problems;
  }

  /**
   * Returns the input when it keeps every rule, or refuses it with {@code summary} and the fields'
   * messages; {@code more} adds rules that need the database, checked by the caller first.
   */
  public <T> T check(T input, String summary, Map<String, String> more) {
    return check(validator, input, summary, more);
  }

  /**
   * As {@link #check(Object, String, Map)}, with "today" and "now" read from {@code clock}: pass
   * the practice's clock so a date rule follows the practice's calendar, not the server's.
   */
  public <T> T check(T input, Clock clock, String summary, Map<String, String> more) {
    return check(
        factory.usingContext().clockProvider(() -> clock).getValidator(), input, summary, more);
  }

  private static <T> T check(
      Validator validator, T input, String summary, Map<String, String> more) {
    if (input == null) {
      throw new InvalidInput(summary);
    }
    Map<String, String> problems = problems(validator, input);
    more.forEach(problems::putIfAbsent);
    if (!problems.isEmpty()) {
      throw new InvalidInput(summary, problems);
    }
    return input;
  }

  /** The longest text a field may hold, from its {@code @Size}; a page's maxlength. */
  public OptionalInt maxLength(Class<?> type, String field) {
    PropertyDescriptor property =
        validator.getConstraintsForClass(type).getConstraintsForProperty(field);
    if (property == null) {
      return OptionalInt.empty();
    }
    return property.getConstraintDescriptors().stream()
        .map(constraint -> constraint.getAnnotation())
        .filter(Size.class::isInstance)
        .mapToInt(size -> ((Size) size).max())
        .min();
  }

  /** Each field's longest text, for the maxlength of a page's inputs. */
  public Map<String, Integer> maxLengths(Class<? extends Record> type) {
    Map<String, Integer> limits = new LinkedHashMap<>();
    for (var component : type.getRecordComponents()) {
      maxLength(type, component.getName()).ifPresent(max -> limits.put(component.getName(), max));
    }
    return limits;
  }
}
