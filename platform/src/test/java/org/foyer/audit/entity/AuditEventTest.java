package org.foyer.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.core.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  static final TenantId PRACTICE = TenantId.of("6f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f");
  static final AuditRecord SIGN_IN =
      AuditRecord.success("jane@example.org", AuditAction.SIGN_IN).from("203.0.113.7");

  @Test
  void firstEventLinksToGenesis() {
    AuditEvent first = AuditEvent.first(PRACTICE, Instant.parse("2025-03-01T09:00:00Z"), SIGN_IN);
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.prevHash()).isEqualTo(ChainHash.GENESIS);
    assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(ChainHash.GENESIS);
  }

  @Test
  void nextEventLinksToThePreviousHash() {
    Instant at = Instant.parse("2025-03-01T09:00:00Z");
    AuditEvent first = AuditEvent.first(PRACTICE, at, SIGN_IN);
    AuditEvent second = AuditEvent.after(first, PRACTICE, at.plusSeconds(1), SIGN_IN);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isNotEqualTo(first.hash());
  }

  @Test
  void timeIsCutToMicroseconds() {
    AuditEvent event =
        AuditEvent.first(PRACTICE, Instant.parse("2025-03-01T09:00:00.123456789Z"), SIGN_IN);
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00.123456Z"));
  }

  @Test
  void keepsEveryValueOfTheRecord() {
    AuditRecord record =
        AuditRecord.denied("tom@example.org", AuditAction.RECORD_READ)
            .onBehalfOf("client:7")
            .about("client-record:7")
            .from("198.51.100.20");
    AuditEvent event = AuditEvent.first(PRACTICE, Instant.EPOCH, record);
    assertThat(event.actor()).isEqualTo("tom@example.org");
    assertThat(event.onBehalfOf()).isEqualTo("client:7");
    assertThat(event.action()).isEqualTo(AuditAction.RECORD_READ);
    assertThat(event.subject()).isEqualTo("client-record:7");
    assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(event.clientAddress()).isEqualTo("198.51.100.20");
  }

  @Test
  void seqBelowOneIsRefused() {
    assertThatThrownBy(
            () -> AuditEvent.create(PRACTICE, 0, ChainHash.GENESIS, Instant.EPOCH, SIGN_IN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seq starts at 1, was 0");
  }

  @Test
  void malformedPreviousHashIsRefused() {
    assertThatThrownBy(() -> AuditEvent.create(PRACTICE, 2, "ABC", Instant.EPOCH, SIGN_IN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'ABC'");
  }

  @Test
  void missingRecordOrTimeIsRefused() {
    assertThatThrownBy(() -> AuditEvent.first(PRACTICE, Instant.EPOCH, null))
        .hasMessage("An audit event needs a record");
    assertThatThrownBy(() -> AuditEvent.first(PRACTICE, null, SIGN_IN))
        .hasMessage("An audit event needs a time");
  }
}
