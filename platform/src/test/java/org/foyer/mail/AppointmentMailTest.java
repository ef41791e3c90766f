package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Appointment mail on the recipient's clock. New York changes to summer time on 8 March 2026,
 * Berlin on 29 March: in the weeks between, the two are five hours apart instead of six.
 */
class AppointmentMailTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aClientInBerlinReadsANewYorkAppointmentOnTheirOwnClockAcrossBothDstChanges() {
    // 10:00 in New York each Monday.
    assertThat(AppointmentMail.when(Instant.parse("2026-03-02T15:00:00Z"), NEW_YORK, BERLIN))
        .isEqualTo("Monday 2 March 2026 at 16:00 CET (Europe/Berlin time)");
    assertThat(AppointmentMail.when(Instant.parse("2026-03-09T14:00:00Z"), NEW_YORK, BERLIN))
        .isEqualTo("Monday 9 March 2026 at 15:00 CET (Europe/Berlin time)");
    assertThat(AppointmentMail.when(Instant.parse("2026-03-30T14:00:00Z"), NEW_YORK, BERLIN))
        .isEqualTo("Monday 30 March 2026 at 16:00 CEST (Europe/Berlin time)");
  }

  @Test
  void aClientInNewYorkOfABerlinPracticeSeesTheWeekWhereOnlyNewYorkHasChanged() {
    // 17:00 in Berlin on Wednesday 11 March: 12:00 in New York (EDT), not 11:00.
    assertThat(AppointmentMail.when(Instant.parse("2026-03-11T16:00:00Z"), BERLIN, NEW_YORK))
        .isEqualTo("Wednesday 11 March 2026 at 12:00 EDT (America/New York time)");
  }

  @Test
  void onThePracticesOwnClockTheZoneIsNotRepeated() {
    assertThat(AppointmentMail.when(Instant.parse("2026-03-09T14:00:00Z"), NEW_YORK, NEW_YORK))
        .isEqualTo("Monday 9 March 2026 at 10:00 EDT");
  }
}
