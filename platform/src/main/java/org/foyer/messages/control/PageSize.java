package org.foyer.messages.control;

import java.util.Map;
import org.foyer.core.errors.InvalidInput;

/** How many rows one page holds: 20 unless asked, at most 100. */
public final class PageSize {

  public static final int DEFAULT = 20;
  public static final int MAX = 100;

  private PageSize() {}

  /**
   * @param asked the caller's limit; null for the default
   * @throws InvalidInput outside 1 to {@link #MAX}
   */
  public static int of(Integer asked) {
    if (asked == null) {
      return DEFAULT;
    }
    if (asked < 1 || asked > MAX) {
      throw new InvalidInput(
          "A page holds 1 to " + MAX + " items",
          Map.of("limit", "Ask for 1 to " + MAX + " items, not " + asked));
    }
    return asked;
  }
}
