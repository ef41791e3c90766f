package org.foyer.audit.history.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.foyer.audit.history.AccessEntry;

/**
 * Audit events as a spreadsheet opens them (RFC 4180 with a byte-order mark, so Excel reads the
 * UTF-8 names right). Who and where come partly from what people typed (the address of a failed
 * sign-in), so a cell that a spreadsheet would take for a formula is written as text.
 */
final class AuditCsv {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private AuditCsv() {}

  static String of(List<AccessEntry> entries, ZoneId zone) {
    StringBuilder csv = new StringBuilder("\uFEFFWhen,Who,What,Outcome,From\r\n");
    for (AccessEntry entry : entries) {
      csv.append(cell(WHEN.format(entry.at().truncatedTo(ChronoUnit.SECONDS).atZone(zone))))
          .append(',')
          .append(cell(entry.who()))
          .append(',')
          .append(cell(entry.what()))
          .append(',')
          .append(cell(entry.refused() ? "Refused" : "Done"))
          .append(',')
          .append(cell(entry.from()))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** Quoted, quotes doubled; a leading =, +, -, @, tab or return made inert by a quote mark. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
