package org.foyer.audit.history;

import java.util.List;

/**
 * One page of the practice's audit log, newest first.
 *
 * @param olderThan the {@code before} that asks for the next, older page; null on the last page
 */
public record AuditLogView(List<AccessEntry> entries, Long olderThan) {

  public AuditLogView {
    entries = List.copyOf(entries);
  }
}
