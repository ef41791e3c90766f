package org.foyer.admin.packs;

import java.util.UUID;

/**
 * A vendor pack was installed or removed. Fired inside the changing transaction; the platform's
 * audit observer records it in the same transaction.
 */
public record PackChanged(UUID actor, String packKey, Change change, String detail) {

  /** The kinds of change. */
  public enum Change {
    INSTALLED,
    REMOVED
  }
}
