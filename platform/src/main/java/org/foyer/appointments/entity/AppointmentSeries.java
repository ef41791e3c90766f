package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * A recurring appointment's rule: every week or every two weeks at the same wall-clock time of the
 * practice's zone. The occurrences are ordinary appointments pointing at the series, so each keeps
 * its clinician's and room's time like any other and can be moved or cancelled on its own.
 */
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries extends TenantOwned {

  /** More occurrences than this are a mistake rather than a plan (two years of weekly sessions). */
  public static final int MOST_OCCURRENCES = 104;

  @Column(name = "interval_weeks", nullable = false)
  private int intervalWeeks;

  @Column(nullable = false, length = 64)
  private String zone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 320)
  private String createdBy;

  protected AppointmentSeries() {}

  public AppointmentSeries(int intervalWeeks, ZoneId zone, String createdBy, Instant now) {
    if (intervalWeeks != 1 && intervalWeeks != 2) {
      throw invalid("recurrence", "An appointment repeats every week or every two weeks");
    }
    this.intervalWeeks = intervalWeeks;
    this.zone = zone.getId();
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /**
   * The starts of the occurrences from the first: the same local time every {@code intervalWeeks}
   * weeks, so 10:00 stays 10:00 across a daylight saving change, ending after {@code count}
   * occurrences or on the last one not after {@code until} (a date in the practice's zone).
   */
  public static List<Instant> starts(
      Instant first, ZoneId zone, int intervalWeeks, Integer count, LocalDate until) {
    if ((count == null) == (until == null)) {
      throw invalid("recurrence", "End the series after a number of occurrences or on a date");
    }
    if (count != null && (count < 2 || count > MOST_OCCURRENCES)) {
      throw invalid(
          "recurrence", "A series has between 2 and " + MOST_OCCURRENCES + " occurrences");
    }
    ZonedDateTime local = first.atZone(zone);
    if (until != null && until.isBefore(local.toLocalDate())) {
      throw invalid("recurrence", "The series cannot end before its first appointment");
    }
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; ; i++) {
      // From the first's local date and time each time, so a gap hour shifts one occurrence only.
      ZonedDateTime next =
          ZonedDateTime.of(
              local.toLocalDate().plusWeeks((long) i * intervalWeeks), local.toLocalTime(), zone);
      if (count != null ? i >= count : next.toLocalDate().isAfter(until)) {
        break;
      }
      if (i >= MOST_OCCURRENCES) {
        throw invalid("recurrence", "A series has at most " + MOST_OCCURRENCES + " occurrences");
      }
      starts.add(next.toInstant());
    }
    return starts;
  }

  public int intervalWeeks() {
    return intervalWeeks;
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
