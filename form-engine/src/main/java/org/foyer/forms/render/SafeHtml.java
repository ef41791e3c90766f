package org.foyer.forms.render;

import java.util.Objects;

/**
 * Markup the engine itself built and vouches for; the only value a template inserts without
 * escaping. Templates cannot create one: the introspector exposes no method on it.
 */
public final class SafeHtml {

  private final String html;

  private SafeHtml(String html) {
    this.html = html;
  }

  /** Only for markup assembled by the engine from escaped parts. */
  static SafeHtml trusted(String html) {
    return new SafeHtml(Objects.requireNonNull(html));
  }

  @Override
  public String toString() {
    return html;
  }
}
