package org.foyer.core.health;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database cannot serve at all (unreachable, shutting down, out of disk
 * or other resources), as opposed to a fault of the request. Such failures are a 503, "try again
 * soon", never a 500 with an empty body.
 */
public final class DatabaseOutage {

  /**
   * SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 is a full disk),
   * 57P operator intervention (the server is shutting down, crashed or not yet accepting).
   */
  private static final Set<String> OUTAGE_PREFIXES = Set.of("08", "53", "57P");

  private DatabaseOutage() {}

  public static boolean explains(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isOutage(sql.getSQLState())) {
        return true;
      }
      depth++;
    }
    return false;
  }

  private static boolean isOutage(String state) {
    return state != null && OUTAGE_PREFIXES.stream().anyMatch(state::startsWith);
  }
}
