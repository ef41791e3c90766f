package org.foyer.intake.signing.entity;

import org.foyer.core.errors.Conflict;

/**
 * A signature asked of the wrong person, or out of turn: someone with access to the form who is not
 * the next signer. The message says whose turn it is, so a second parent knows to wait.
 */
public class NotYourSignature extends Conflict {

  public NotYourSignature(String message) {
    super(message);
  }
}
