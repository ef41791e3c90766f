package org.foyer.security.password;

import java.util.List;

/**
 * A password was refused by the {@link PasswordPolicy}; {@link #problems()} holds one human
 * sentence per broken rule, ready to show next to the password field.
 */
public class WeakPassword extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public WeakPassword(List<String> problems) {
    super("Password refused: " + String.join(" ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a weak password has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
