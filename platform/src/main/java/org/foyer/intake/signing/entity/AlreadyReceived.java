package org.foyer.intake.signing.entity;

import org.foyer.core.errors.Conflict;

/** A second submission (or a draft) for a form the practice has already received. */
public class AlreadyReceived extends Conflict {

  public AlreadyReceived(String title) {
    super("\"" + title + "\" was already received; it can no longer be changed");
  }
}
