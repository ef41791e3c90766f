package org.foyer.forms.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds view maps. Every map a template sees is a HashMap: Velocity caches property lookups per
 * template node and class, and mixing Map.of's several classes made those caches miss.
 */
final class Views {

  private Views() {}

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>(keysAndValues.length);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
