package org.foyer.core.validation;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;

/**
 * An input record being edited on a page, one value per component, kept exactly as typed so a
 * refused save shows the page again unchanged. Replaces a hand-written form class per record: the
 * page binds {@code values['field']}, and {@link #build()} makes the record the service checks.
 * Choices (ids, enums) travel as their text and are turned back here.
 */
public final class RecordDraft<T extends Record> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

  private RecordDraft(Class<T> type) {
    this.type = type;
    for (RecordComponent component : type.getRecordComponents()) {
      values.put(component.getName(), null);
    }
  }

  public static <T extends Record> RecordDraft<T> empty(Class<T> type) {
    return new RecordDraft<>(type);
  }

  /** A draft holding the record's values, choices as their text. */
  public static <T extends Record> RecordDraft<T> of(Class<T> type, T record) {
    RecordDraft<T> draft = new RecordDraft<>(type);
    for (RecordComponent component : type.getRecordComponents()) {
      Object value = read(component, record);
      draft.values.put(component.getName(), isChoice(component.getType()) ? text(value) : value);
    }
    return draft;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  /**
   * The record the draft describes. A choice that is not one of the offered values (a tampered
   * post) is refused as that field's mistake, not as a server error.
   */
  public T build() {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Map<String, String> problems = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      try {
        arguments[i] = coerce(components[i].getType(), values.get(name));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.put(name, "Choose one of the offered values");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("Some fields need attention", problems);
    }
    try {
      Constructor<T> canonical =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("An input record needs a public canonical constructor", e);
    }
  }

  private static boolean isChoice(Class<?> type) {
    return type == UUID.class || type.isEnum();
  }

  private static Object coerce(Class<?> type, Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return type == String.class ? (value == null ? null : "") : null;
    }
    if (type.isInstance(value)) {
      return value;
    }
    String text = value.toString().strip();
    if (type == UUID.class) {
      return UUID.fromString(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type.isEnum()) {
      return enumConstant(type, text);
    }
    throw new IllegalArgumentException("No way to read " + type.getSimpleName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
