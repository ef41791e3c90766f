package org.foyer.core.errors;

import java.sql.SQLException;

/**
 * The database refused a write because its disk is full (SQLSTATE 53100). The unit of work was
 * rolled back, so nothing of it was stored; pages keep what was typed and say so, the API answers
 * 503. Raised once, where a unit of work ends, so no feature inspects SQL states itself.
 */
public class StorageFull extends RuntimeException {

  public static final String MESSAGE =
      "Foyer could not store this because its storage is full right now. Nothing was changed and"
          + " what you entered is still here; please try again in a few minutes.";

  private static final String DISK_FULL = "53100";

  public StorageFull(Throwable cause) {
    super("The database's disk is full", cause);
  }

  /** Whether the failure, or anything it was caused by, is PostgreSQL's "disk full". */
  public static boolean explains(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause()) {
      if (cause instanceof StorageFull
          || (cause instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState()))) {
        return true;
      }
      depth++;
    }
    return false;
  }
}
