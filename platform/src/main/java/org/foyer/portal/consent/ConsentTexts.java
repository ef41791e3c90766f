package org.foyer.portal.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every published version of the consent text. The texts ship inside the application as resources
 * ({@code v1.en.txt}, {@code v1.es.txt}, ...), so a version can never change once released: a new
 * wording is a new version, and every portal login is asked again. English exists for every
 * version; other languages fall back to it.
 */
public final class ConsentTexts {

  public static final String DEFAULT_LANGUAGE = "en";
  public static final List<String> LANGUAGES = List.of("en", "es");
  private static final String RESOURCES = "org/foyer/portal/consent/";

  private final TreeMap<Integer, Map<String, ConsentText>> versions = new TreeMap<>();

  private ConsentTexts(List<ConsentText> texts) {
    for (ConsentText text : texts) {
      versions.computeIfAbsent(text.version(), v -> new TreeMap<>()).put(text.language(), text);
    }
    if (versions.isEmpty()
        || versions.values().stream().anyMatch(v -> !v.containsKey(DEFAULT_LANGUAGE))) {
      throw new IllegalStateException("Every consent version needs an English text");
    }
  }

  /** The texts given, for tests that publish a new version. */
  public static ConsentTexts of(List<ConsentText> texts) {
    return new ConsentTexts(texts);
  }

  /** The texts shipped with the application: versions 1, 2, ... until one is missing. */
  public static ConsentTexts shipped() {
    ClassLoader loader = ConsentTexts.class.getClassLoader();
    List<ConsentText> texts = new ArrayList<>();
    for (int version = 1; ; version++) {
      int before = texts.size();
      for (String language : LANGUAGES) {
        Optional<String> text = read(loader, RESOURCES + "v" + version + "." + language + ".txt");
        if (text.isPresent()) {
          texts.add(ConsentText.of(version, language, text.get()));
        }
      }
      if (texts.size() == before) {
        return new ConsentTexts(texts);
      }
    }
  }

  public int currentVersion() {
    return versions.lastKey();
  }

  /** The current version in the language asked for, or in English. */
  public ConsentText current(String language) {
    return text(currentVersion(), language).orElseThrow();
  }

  /** A version in the language asked for, or in English; empty for a version never published. */
  public Optional<ConsentText> text(int version, String language) {
    Map<String, ConsentText> texts = versions.get(version);
    if (texts == null) {
      return Optional.empty();
    }
    String wanted = language == null ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
    return Optional.of(texts.getOrDefault(wanted, texts.get(DEFAULT_LANGUAGE)));
  }

  private static Optional<String> read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
