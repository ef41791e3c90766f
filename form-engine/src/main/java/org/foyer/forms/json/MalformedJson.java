package org.foyer.forms.json;

/** Text that is not one well-formed JSON value (or that breaks a size or nesting limit). */
public class MalformedJson extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedJson(String reason, Throwable cause) {
    super("Not well-formed JSON: " + (reason == null ? "unreadable input" : reason), cause);
  }
}
