package org.foyer.appointments.control;

/** Lets tests of other packages reach the writer's line folding and escaping. */
public final class ICalendarAccess {

  private ICalendarAccess() {}

  public static void line(StringBuilder out, String content) {
    ICalendar.line(out, content);
  }

  public static String text(String value) {
    return ICalendar.text(value);
  }
}
