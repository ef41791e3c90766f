package org.foyer.core.errors;

/**
 * Nothing of that kind with that id in this practice. Another practice's ids end here too, with the
 * same message, so an id never reveals that it exists elsewhere.
 */
public class NotFound extends BusinessException {

  public NotFound(String what) {
    super(what + " was not found");
  }

  @Override
  public String title() {
    return "Not found";
  }
}
