package org.foyer.core.errors;

/**
 * The caller may see the thing but lacks the capability to do this with it. Only for things of the
 * caller's own practice: anything else is {@link NotFound}.
 */
public class Refused extends BusinessException {

  public Refused(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Not permitted";
  }
}
