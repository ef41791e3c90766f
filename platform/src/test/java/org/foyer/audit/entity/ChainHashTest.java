package org.foyer.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  static final TenantId PRACTICE = TenantId.of("6f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f");
  static final UUID ID = UUID.fromString("0b6d3f7a-1111-4222-8333-944455556666");
  static final Instant AT = Instant.parse("2025-03-01T09:00:00.123456Z");

  static String hash(String actor, String onBehalfOf, String subject) {
    return ChainHash.of(
        ChainHash.GENESIS,
        PRACTICE,
        ID,
        1,
        AT,
        actor,
        onBehalfOf,
        "SIGN_IN",
        subject,
        "SUCCESS",
        null);
  }

  @Test
  void hashIsSixtyFourLowerCaseHexDigits() {
    assertThat(hash("jane", null, null)).matches("[0-9a-f]{64}");
  }

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(ChainHash.GENESIS).isEqualTo("0".repeat(64));
  }

  @Test
  void sameFieldsGiveTheSameHash() {
    assertThat(hash("jane", "kid", "record:1")).isEqualTo(hash("jane", "kid", "record:1"));
  }

  @Test
  void movingTextAcrossAFieldBoundaryChangesTheHash() {
    assertThat(hash("jane1:x", null, null)).isNotEqualTo(hash("jane", "x", null));
    assertThat(hash("ab", "c", null)).isNotEqualTo(hash("a", "bc", null));
  }

  @Test
  void absentDiffersFromAnyText() {
    assertThat(hash("jane", null, null)).isNotEqualTo(hash("jane", "-", null));
    assertThat(hash("jane", null, null)).isNotEqualTo(hash("jane", "", null));
  }

  @Test
  void thePracticeIsPartOfTheHash() {
    String here = hash("jane", null, null);
    String elsewhere =
        ChainHash.of(
            ChainHash.GENESIS,
            TenantId.of("00000000-0000-4000-8000-000000000001"),
            ID,
            1,
            AT,
            "jane",
            null,
            "SIGN_IN",
            null,
            "SUCCESS",
            null);
    assertThat(elsewhere).isNotEqualTo(here);
  }

  @Test
  void nanosecondsBeyondPostgresPrecisionDoNotChangeTheHash() {
    String micros = hash("jane", null, null);
    String nanos =
        ChainHash.of(
            ChainHash.GENESIS,
            PRACTICE,
            ID,
            1,
            AT.plusNanos(789),
            "jane",
            null,
            "SIGN_IN",
            null,
            "SUCCESS",
            null);
    assertThat(nanos).isEqualTo(micros);
  }

  @Test
  void hashDependsOnThePreviousHash() {
    String linked =
        ChainHash.of(
            "f".repeat(64), PRACTICE, ID, 1, AT, "jane", null, "SIGN_IN", null, "SUCCESS", null);
    assertThat(linked).isNotEqualTo(hash("jane", null, null));
  }
}
