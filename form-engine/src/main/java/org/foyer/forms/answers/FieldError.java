package org.foyer.forms.answers;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One refused answer. {@code pointer} is the JSON pointer of the answer ("/medications/0/name";
 * empty for the submission as a whole); {@code args} fill the message (a limit, for example).
 */
public record FieldError(String pointer, ErrorCode code, List<Object> args) {

  private static final String BUNDLE = "org.foyer.forms.answers.messages";

  public FieldError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static FieldError of(String pointer, ErrorCode code, Object... args) {
    return new FieldError(pointer, code, List.of(args));
  }

  /** The top-level field this error belongs to, or "" for the whole submission. */
  public String field() {
    if (pointer.isEmpty()) {
      return "";
    }
    int next = pointer.indexOf('/', 1);
    return next < 0 ? pointer.substring(1) : pointer.substring(1, next);
  }

  /** The plain-language message in the given language (English when it has none). */
  public String message(Locale locale) {
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle(BUNDLE, locale, Control.INSTANCE);
    } catch (MissingResourceException e) {
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Control.INSTANCE);
    }
    return new MessageFormat(bundle.getString(code.name()), locale).format(args.toArray());
  }

  /** Never falls back to the JVM's default locale, which would make messages machine-dependent. */
  private static final class Control extends ResourceBundle.Control {
    static final Control INSTANCE = new Control();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return Locale.ENGLISH.equals(locale) ? null : Locale.ENGLISH;
    }
  }
}
