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
public record AuditLogQuery(String person, LocalDate from, LocalDate to, long before) {}
