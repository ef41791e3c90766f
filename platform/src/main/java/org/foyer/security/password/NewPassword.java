package org.foyer.security.password;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A password someone chooses (accepting a staff or a client invitation): typed twice, checked
 * against the policy in the context of their email and the practice's name, and hashed. The typed
 * characters are cleared whatever the outcome.
 */
public final class NewPassword {

  private final PasswordPolicy policy;
  private final PasswordHash hashes;

  public NewPassword(PasswordPolicy policy, PasswordHash hashes) {
    this.policy = policy;
    this.hashes = hashes;
  }

  /**
   * The hash to store.
   *
   * @throws WeakPassword listing what is wrong with the password, or that the two differ
   */
  public String hash(char[] password, char[] confirmation, String email, String practiceName) {
    try {
      if (!Arrays.equals(password, confirmation)) {
        throw new WeakPassword(List.of("The two passwords are not the same."));
      }
      policy.check(new String(password), email, practiceName);
      return hashes.hash(password);
    } finally {
      clear(password);
      clear(confirmation);
    }
  }

  /** Overwrites typed characters, so they do not linger in memory. */
  public static void clear(char[] typed) {
    Arrays.fill(Objects.requireNonNullElse(typed, new char[0]), '\0');
  }
}
