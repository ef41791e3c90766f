package org.foyer.messages;

/**
 * Text that is more than spaces, as a pattern, the way the other input records say it (with
 * {@code @NotNull}) rather than with {@code @NotBlank}, which Payara's OpenAPI scanner has not met
 * in this codebase yet.
 */
final class Blank {

  /** Anything with at least one character that is not white space, over several lines too. */
  static final String NOT = "(?s).*\\S.*";

  private Blank() {}
}
