package org.foyer.forms.definition.layout;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text in several languages keyed by language tag ("en", "es"). Lookups fall back to English,
 * then to any language present, so a missing translation shows something rather than nothing.
 */
public final class LocalizedText {

  public static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<String, String> byLanguage;

  private LocalizedText(Map<String, String> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  public static LocalizedText of(Map<String, String> byLanguage) {
    return byLanguage.isEmpty() ? EMPTY : new LocalizedText(byLanguage);
  }

  /** The same text in every language: for vendors who write only one. */
  public static LocalizedText plain(String text) {
    return new LocalizedText(Map.of("en", text));
  }

  public String text(Locale locale) {
    String exact = byLanguage.get(locale.getLanguage());
    if (exact != null) {
      return exact;
    }
    String english = byLanguage.get("en");
    if (english != null) {
      return english;
    }
    return byLanguage.isEmpty() ? "" : new TreeMap<>(byLanguage).firstEntry().getValue();
  }

  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }

  public Map<String, String> byLanguage() {
    return byLanguage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && byLanguage.equals(other.byLanguage);
  }

  @Override
  public int hashCode() {
    return byLanguage.hashCode();
  }

  @Override
  public String toString() {
    return byLanguage.toString();
  }
}
