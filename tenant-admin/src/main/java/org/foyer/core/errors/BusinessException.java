package org.foyer.core.errors;

/** A refusal the user can understand and act on; never carries health information. */
public abstract class BusinessException extends RuntimeException {

  protected BusinessException(String message) {
    super(message);
  }

  /** A short, stable title for the kind of problem (the problem+json title). */
  public abstract String title();
}
