package org.foyer.core.web.errors;

import java.util.Locale;
import java.util.Optional;

/**
 * The pages people see instead of the one they asked for, by the address the container uses ({@code
 * /errors/not-found}, ...); their words are in the template.
 */
public enum ErrorPage {
  NOT_FOUND(404),
  FORBIDDEN(403),
  ERROR(500),
  UNAVAILABLE(503);

  private final int status;

  ErrorPage(int status) {
    this.status = status;
  }

  static Optional<ErrorPage> named(String name) {
    for (ErrorPage page : values()) {
      if (page.pageName().equals(name)) {
        return Optional.of(page);
      }
    }
    return Optional.empty();
  }

  /** The last part of the page's address, and the template's name for it. */
  String pageName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public int status() {
    return status;
  }
}
