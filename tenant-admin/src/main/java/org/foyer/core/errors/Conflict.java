package org.foyer.core.errors;

/** The request clashes with what already exists (a taken slug, an email already in use). */
public class Conflict extends BusinessException {

  public Conflict(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
