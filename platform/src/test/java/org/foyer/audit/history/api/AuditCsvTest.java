package org.foyer.audit.history.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.foyer.audit.history.AccessEntry;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  static final Instant AT = Instant.parse("2026-12-05T19:38:12.345Z");

  @Test
  void eachEventIsOneRowWithTheTimeOnThePracticesClockAndItsOffset() {
    String csv =
        AuditCsv.of(
            List.of(
                new AccessEntry(7, AT, "Riley Chen", "opened Priya Natarajan's record", false, ""),
                new AccessEntry(6, AT, "x@example.org", "tried to sign in", true, "203.0.113.9")),
            ZoneId.of("America/Chicago"));

    assertThat(csv)
        .isEqualTo(
            "\uFEFFWhen,Who,What,Outcome,From\r\n"
                + "\"2026-12-05T13:38:12-06:00\",\"Riley Chen\","
                + "\"opened Priya Natarajan's record\",\"Done\",\"\"\r\n"
                + "\"2026-12-05T13:38:12-06:00\",\"x@example.org\",\"tried to sign in\","
                + "\"Refused\",\"203.0.113.9\"\r\n");
  }

  @Test
  void whatSomeoneTypedCannotBecomeAFormulaOrBreakTheRow() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil.example\",\"x\")@x"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")@x\"");
    assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
    assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(AuditCsv.cell("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    assertThat(AuditCsv.cell("dana@example.org")).isEqualTo("\"dana@example.org\"");
    assertThat(AuditCsv.cell(null)).isEqualTo("\"\"");
  }
}
