package org.foyer.audit.history;

import java.util.List;

/**
 * One page of a client's access history, newest first.
 *
 * @param olderThan the {@code before} that asks for the next, older page; null on the last page
 */
public record AccessHistoryView(String clientName, List<AccessEntry> entries, Long olderThan) {

  public AccessHistoryView {
    entries = List.copyOf(entries);
  }
}
