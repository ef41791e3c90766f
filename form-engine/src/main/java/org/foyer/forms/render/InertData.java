package org.foyer.forms.render;

import java.util.Collection;
import java.util.Map;

/** Checks that a render model holds nothing a template could call into. */
final class InertData {

  private InertData() {}

  static void check(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof SafeHtml) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("Render model keys must be strings");
        }
        check(e.getValue());
      }
      return;
    }
    if (value instanceof Collection<?> list) {
      for (Object item : list) {
        check(item);
      }
      return;
    }
    throw new IllegalArgumentException(
        "Render model may hold only maps, lists, strings, numbers and booleans, not "
            + value.getClass().getName());
  }
}
