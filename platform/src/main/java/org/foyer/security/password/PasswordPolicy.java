package org.foyer.security.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a new password is acceptable, following NIST 800-63B: a minimum and maximum
 * length counted in Unicode code points (an emoji is one character to the person typing it), no
 * value from a list of common passwords, and nothing derived from the account's own context (the
 * email name, the practice name). It deliberately has no composition rules ("one digit, one
 * symbol"): NIST found they make passwords harder to remember without making them harder to guess.
 */
public final class PasswordPolicy {

  public static final int DEFAULT_MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** NIST's floor; configuration may raise the minimum but never go below it. */
  static final int LOWEST_ALLOWED_MIN_LENGTH = 8;

  /** Context words shorter than this are too likely to appear by chance to refuse on. */
  private static final int MIN_CONTEXT_WORD = 3;

  private final int minLength;

  public PasswordPolicy() {
    this(DEFAULT_MIN_LENGTH);
  }

  public PasswordPolicy(int minLength) {
    if (minLength < LOWEST_ALLOWED_MIN_LENGTH || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "minimum password length must be between "
              + LOWEST_ALLOWED_MIN_LENGTH
              + " and "
              + MAX_LENGTH
              + ", was "
              + minLength);
    }
    this.minLength = minLength;
  }

  public int minLength() {
    return minLength;
  }

  /** The problems with a password that has no account context yet; empty when acceptable. */
  public List<String> problems(CharSequence password) {
    return problems(password, null, null);
  }

  /**
   * The problems with a password, one English sentence each; empty when acceptable.
   *
   * @param email the account's email address, or null when unknown
   * @param practiceName the practice's display name, or null when unknown
   */
  public List<String> problems(CharSequence password, String email, String practiceName) {
    if (password == null || password.length() == 0) {
      return List.of("Enter a password.");
    }
    List<String> problems = new ArrayList<>();
    String text = password.toString();
    int length = text.codePointCount(0, text.length());
    if (length < minLength) {
      problems.add("Use at least " + minLength + " characters.");
    }
    if (length > MAX_LENGTH) {
      problems.add("Use at most " + MAX_LENGTH + " characters.");
    }
    if (CommonPasswords.contains(text)) {
      problems.add("This password is too common. Choose one that is harder to guess.");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (containsWord(lower, emailName(email))) {
      problems.add("Don't include your email address in the password.");
    }
    if (containsWord(lower, practiceName) || containsWord(lower, withoutSpaces(practiceName))) {
      problems.add("Don't include the practice's name in the password.");
    }
    return List.copyOf(problems);
  }

  /**
   * Refuses an unacceptable password, for services that change passwords.
   *
   * @throws WeakPassword listing every problem
   */
  public void check(CharSequence password, String email, String practiceName) {
    List<String> problems = problems(password, email, practiceName);
    if (!problems.isEmpty()) {
      throw new WeakPassword(problems);
    }
  }

  /** The local part of an address, without a "+tag": the part people reuse in passwords. */
  private static String emailName(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    String local = at < 0 ? email : email.substring(0, at);
    int plus = local.indexOf('+');
    return plus < 0 ? local : local.substring(0, plus);
  }

  private static String withoutSpaces(String text) {
    return text == null ? null : text.replaceAll("\\s+", "");
  }

  private static boolean containsWord(String lowerPassword, String word) {
    if (word == null) {
      return false;
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.codePointCount(0, w.length()) >= MIN_CONTEXT_WORD && lowerPassword.contains(w);
  }
}
