package org.foyer.security.reset;

import org.foyer.core.errors.BusinessException;

/** A reset link that cannot be used, saying what to do instead. */
public class ResetRefused extends BusinessException {

  public ResetRefused(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Link not usable";
  }

  static final String NOT_VALID =
      "This link to choose a new password is not valid. Open the whole link from the most recent"
          + " email, or ask for a new one.";
  static final String EXPIRED =
      "This link to choose a new password has expired: links work for 30 minutes. Ask for a new"
          + " one below.";
  static final String USED =
      "This link has already been used to choose a new password. Sign in with that password, or"
          + " ask for a new link.";
}
