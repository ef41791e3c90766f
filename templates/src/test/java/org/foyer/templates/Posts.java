package org.foyer.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A browser post, built field by field, as the platform would receive it. */
final class Posts {

  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  static Posts post() {
    return new Posts();
  }

  Posts with(String name, String... vals) {
    values.put(name, new ArrayList<>(List.of(vals)));
    return this;
  }

  Posts without(String name) {
    values.keySet().removeIf(key -> key.equals(name) || key.startsWith(name + "."));
    return this;
  }

  /** A drawn signature already stored by the platform, with the typed name beside it. */
  Posts signed(String field, String typedName) {
    return with(field + ".ref", "blob:sig-" + field)
        .with(field + ".sha256", SHA)
        .with(field + ".typedName", typedName);
  }

  /** An uploaded file already stored by the platform, by reference. */
  Posts file(String field, String name, String mediaType) {
    return with(field + ".ref", "blob:" + name)
        .with(field + ".sha256", SHA)
        .with(field + ".name", name)
        .with(field + ".mediaType", mediaType);
  }

  Posts copy() {
    Posts copy = new Posts();
    values.forEach((k, v) -> copy.values.put(k, new ArrayList<>(v)));
    return copy;
  }

  Map<String, List<String>> build() {
    return values;
  }
}
