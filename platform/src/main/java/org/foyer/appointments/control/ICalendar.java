package org.foyer.appointments.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes an iCalendar (RFC 5545) document of events: UTC times, text escaped, lines folded at 75
 * octets, CRLF endings. Small enough to write here rather than add a runtime dependency; tests read
 * the result with a real parser.
 */
public final class ICalendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** One event; {@code status} is CONFIRMED, TENTATIVE or CANCELLED. */
  public record Event(
      UUID uid,
      long sequence,
      Instant start,
      Instant end,
      String summary,
      String location,
      String description,
      String status) {}

  private ICalendar() {}

  public static String write(String calendarName, List<Event> events, Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Foyer//Appointments//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(calendarName));
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + event.uid() + "@foyer");
      line(out, "SEQUENCE:" + event.sequence());
      line(out, "DTSTAMP:" + UTC.format(now));
      line(out, "DTSTART:" + UTC.format(event.start()));
      line(out, "DTEND:" + UTC.format(event.end()));
      line(out, "SUMMARY:" + text(event.summary()));
      if (event.location() != null && !event.location().isBlank()) {
        line(out, "LOCATION:" + text(event.location()));
      }
      if (event.description() != null && !event.description().isBlank()) {
        line(out, "DESCRIPTION:" + text(event.description()));
      }
      line(out, "STATUS:" + event.status());
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder();
    for (char c : (value == null ? "" : value).toCharArray()) {
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        case '\r' -> {
          // Dropped: a CRLF is written as one \n.
        }
        default -> {
          if (!Character.isISOControl(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * A content line folded so that no physical line exceeds 75 octets, never splitting a UTF-8
   * character (RFC 5545 3.1).
   */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
