package org.foyer.forms.validation;

/**
 * Hard bounds on what one submission may contain, checked before any conversion so a hostile post
 * costs little. A schema's own {@code maxLength}/{@code maxItems} can only tighten them.
 */
public record ParseLimits(
    int maxParameters, int maxTotalChars, int maxValueChars, int maxNameLength, int maxRows) {

  public static final ParseLimits DEFAULT = new ParseLimits(2_000, 1_000_000, 20_000, 200, 50);

  public ParseLimits {
    if (maxParameters < 1
        || maxTotalChars < 1
        || maxValueChars < 1
        || maxNameLength < 1
        || maxRows < 1) {
      throw new IllegalArgumentException("Parse limits must be positive");
    }
  }
}
