package org.foyer.core.access;

import java.util.Locale;
import org.foyer.core.validation.Shapes;

/**
 * What every account shares, staff member or portal login: the email address it signs in with (of
 * the shape and length {@link Shapes} gives every email) and the name it is shown by. Defined once
 * here so that both accounts' columns, the sign-in, reset and invitation pages and the operator's
 * checks agree on them.
 */
public final class Accounts {

  public static final int NAME_LENGTH = 120;

  private Accounts() {}

  /**
   * Emails compare case-insensitively; stored lower-case so that each account table's unique key
   * agrees.
   *
   * @throws IllegalArgumentException when the text is not one email address
   */
  public static String normaliseEmail(String email) {
    if (email == null
        || email.isBlank()
        || email.length() > Shapes.EMAIL_LENGTH
        || !email.strip().matches(Shapes.EMAIL)) {
      throw new IllegalArgumentException("'" + email + "' is not an email address");
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
