package org.foyer.audit.history;

import java.time.LocalDate;

/**
 * Which part of the practice's audit log to read.
 *
 * @param person the email of the one whose actions to list, or blank for everyone
 * @param from the first day, on the practice's calendar
 * @param to the last day, included
 * @param before where the page starts: {@link Long#MAX_VALUE} for the newest event
 */
public record AuditLogQuery(String person, LocalDate from, LocalDate to, long before) {

  /**
   * Where a page of the log starts, from a {@code ?before=} as it arrived: the newest event when it
   * is missing or not a number, since a mangled address should show the log rather than refuse.
   */
  static long pageStart(String before) {
    try {
      return before == null || before.isBlank()
          ? Long.MAX_VALUE
          : Math.max(1, Long.parseLong(before.strip()));
    } catch (NumberFormatException notANumber) {
      return Long.MAX_VALUE;
    }
  }
}
