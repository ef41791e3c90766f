package org.foyer.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

  @Test
  void missingActionIsRefused() {
    assertThatThrownBy(() -> AuditRecord.success("jane@example.org", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An audit record needs an action");
  }

  @Test
  void missingOutcomeIsRefused() {
    assertThatThrownBy(
            () -> new AuditRecord("jane@example.org", null, AuditAction.SIGN_IN, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An audit record needs an outcome");
  }

  @Test
  void blankActorIsRefused() {
    assertThatThrownBy(() -> AuditRecord.success("  ", AuditAction.SIGN_IN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An audit record needs an actor");
  }

  @Test
  void overlongActorIsRefusedNamingTheLimit() {
    String actor = "a".repeat(AuditRecord.ACTOR_LENGTH + 1);
    assertThatThrownBy(() -> AuditRecord.success(actor, AuditAction.SIGN_IN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor may have at most 200 characters")
        .hasMessageContaining("has 201");
  }

  @Test
  void actorOfExactlyTheLimitIsAccepted() {
    String actor = "a".repeat(AuditRecord.ACTOR_LENGTH);
    assertThat(AuditRecord.success(actor, AuditAction.SIGN_IN).actor()).isEqualTo(actor);
  }

  @Test
  void overlongSubjectAndAddressAreRefused() {
    AuditRecord record = AuditRecord.success("jane@example.org", AuditAction.RECORD_READ);
    assertThatThrownBy(() -> record.about("x".repeat(AuditRecord.SUBJECT_LENGTH + 1)))
        .hasMessageContaining("subject may have at most 300");
    assertThatThrownBy(() -> record.from("1".repeat(AuditRecord.ADDRESS_LENGTH + 1)))
        .hasMessageContaining("client address may have at most 64");
    assertThatThrownBy(() -> record.onBehalfOf("c".repeat(AuditRecord.ON_BEHALF_OF_LENGTH + 1)))
        .hasMessageContaining("on-behalf-of may have at most 200");
  }

  @Test
  void blankOptionalValuesAreStoredAsAbsent() {
    AuditRecord record =
        AuditRecord.failure("jane@example.org", AuditAction.SIGN_IN_FAILED)
            .onBehalfOf(" ")
            .about("")
            .from("  ");
    assertThat(record.onBehalfOf()).isNull();
    assertThat(record.subject()).isNull();
    assertThat(record.address()).isNull();
  }

  @Test
  void fluentStepsKeepEveryOtherValue() {
    AuditRecord record =
        AuditRecord.denied("tom@example.org", AuditAction.RECORD_READ)
            .onBehalfOf("client:42")
            .about("client-record:42")
            .from("203.0.113.7");
    assertThat(record)
        .isEqualTo(
            new AuditRecord(
                "tom@example.org",
                "client:42",
                AuditAction.RECORD_READ,
                "client-record:42",
                AuditOutcome.DENIED,
                "203.0.113.7"));
  }

  @Test
  void everyActionNameFitsItsColumn() {
    for (AuditAction action : AuditAction.values()) {
      assertThat(action.name().length()).isLessThanOrEqualTo(AuditAction.NAME_LENGTH);
    }
  }
}
