package org.foyer.core.id;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.foyer.core.errors.NotFound;

/** Reads typed ids from the text of addresses and forms. */
public final class TypedIds {

  private static final ConcurrentMap<Class<?>, Constructor<?>> CONSTRUCTORS =
      new ConcurrentHashMap<>();

  private TypedIds() {}

  /**
   * The id the text names, or empty when it is not an id at all: callers answer that exactly as
   * they answer an id nobody has, so a probe learns nothing from the shape of its guess.
   */
  public static <T extends TypedId> Optional<T> parse(Class<T> type, String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    UUID value;
    try {
      value = UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
    return Optional.of(of(type, value));
  }

  /**
   * An id a request may leave out: empty when the text is absent or blank, the id when it names
   * one, and not found as {@code what} when it is malformed, exactly as for an id nobody has.
   */
  public static <T extends TypedId> Optional<T> optional(Class<T> type, String text, String what) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(type, text).orElseThrow(() -> new NotFound(what)));
  }

  /** The typed id of a known value. */
  public static <T extends TypedId> T of(Class<T> type, UUID value) {
    try {
      return type.cast(
          CONSTRUCTORS.computeIfAbsent(type, TypedIds::canonicalConstructor).newInstance(value));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " is not a typed id record", e);
    }
  }

  private static Constructor<?> canonicalConstructor(Class<?> type) {
    try {
      return type.getDeclaredConstructor(UUID.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " needs a constructor taking its UUID", e);
    }
  }
}
