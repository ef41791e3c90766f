package org.foyer.security.password;

import java.io.Serializable;

/**
 * The two password fields of a page where someone chooses a password (an invitation, a reset), as
 * the page binds them. {@link #take()} hands the characters over once and forgets them, so a
 * refused post never shows them again and they do not stay in the page's state.
 */
public final class TypedPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  private String password;
  private String confirmation;

  /** The password and its confirmation as typed (empty when left blank); the fields are emptied. */
  public Typed take() {
    Typed typed =
        new Typed(
            password == null ? new char[0] : password.toCharArray(),
            confirmation == null ? new char[0] : confirmation.toCharArray());
    password = null;
    confirmation = null;
    return typed;
  }

  /** What was typed, for the service that checks and hashes it (and clears it). */
  public record Typed(char[] password, char[] confirmation) {}

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public int getMinLength() {
    return PasswordPolicy.DEFAULT_MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }
}
