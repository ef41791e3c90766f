package org.foyer.billing.pages;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The months a statement or superbill may be asked for, as the pages offer them. */
final class Months {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  private Months() {}

  /**
   * This month in the zone and the eleven before it, newest first: "2026-12" to "December 2026".
   */
  static List<Map.Entry<String, String>> recent(ZoneId zone) {
    YearMonth now = YearMonth.now(zone);
    List<Map.Entry<String, String>> months = new ArrayList<>();
    for (int back = 0; back < 12; back++) {
      YearMonth month = now.minusMonths(back);
      months.add(Map.entry(month.toString(), MONTH.format(month)));
    }
    return months;
  }
}
