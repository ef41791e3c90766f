package org.foyer.core.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.foyer.core.practice.Practice;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.tenancy.TenantSlug;

/**
 * Times on pages, in the practice's time zone ({@code #{practiceTime.format(instant)}}): what was
 * stored as an instant is shown as the clock on the practice's wall read it, with the zone named (a
 * client or colleague elsewhere must not have to guess).
 */
@Named("practiceTime")
@RequestScoped
public class PracticeTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  @Inject CurrentPractice practice;
  @Inject PracticeRegistry registry;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private ZoneId zone;

  /** The day, on the practice's calendar: "1 Mar 2026". */
  public String formatDate(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(zone()));
  }

  public String format(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
  }

  /** The practice's time zone, for scripts that show times of messages arriving later. */
  public String getZoneId() {
    return zone().getId();
  }

  private ZoneId zone() {
    if (zone == null) {
      zone =
          TenantSlug.parse(practice.getSlug())
              .flatMap(registry::findBySlug)
              .map(Practice::timeZone)
              .orElse(ZoneOffset.UTC);
    }
    return zone;
  }
}
