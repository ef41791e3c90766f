package org.foyer.appointments.entity;

import java.util.List;
import org.foyer.core.errors.Conflict;

/** Occurrences of a recurring appointment would overlap other appointments: none was booked. */
public class SeriesClashes extends Conflict {

  private final List<String> dates;

  public SeriesClashes(List<String> dates) {
    super(
        "Nothing was booked: the clinician or the room is already taken on "
            + String.join(", ", dates)
            + ". Choose another time, or end the series before the first of these dates.");
    this.dates = List.copyOf(dates);
  }

  /** The clashing occurrences' dates and times, on the practice's clock. */
  public List<String> dates() {
    return dates;
  }
}
