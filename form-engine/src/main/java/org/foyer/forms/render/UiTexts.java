package org.foyer.forms.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The engine's own interface texts ("Submit", "There is a problem", ...) per language. */
public final class UiTexts {

  private static final Map<String, Map<String, Object>> CACHE = new ConcurrentHashMap<>();

  private UiTexts() {}

  /** All texts for a language as an inert map for templates; callers must not modify it. */
  public static Map<String, Object> forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale.getLanguage(), language -> load(locale));
  }

  static String text(Locale locale, String key) {
    return (String) forLocale(locale).get(key);
  }

  private static Map<String, Object> load(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.foyer.forms.render.ui",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    Map<String, Object> texts = new HashMap<>();
    for (String key : bundle.keySet()) {
      texts.put(key, bundle.getString(key));
    }
    return texts;
  }
}
