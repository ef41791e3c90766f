package org.foyer.admin.forms.boundary;

import java.util.UUID;

/**
 * A practice form was created, drafted, published, copied or archived. Fired inside the changing
 * transaction; the platform's audit observer records it in the same transaction.
 *
 * @param change what happened, e.g. {@code PUBLISHED}
 * @param detail a short description for the audit trail (never answers or health information)
 */
public record FormChanged(UUID actor, UUID formId, Change change, String detail) {

  /** The kinds of change. */
  public enum Change {
    CREATED,
    DRAFT_SAVED,
    PUBLISHED,
    COPIED,
    ARCHIVED
  }
}
