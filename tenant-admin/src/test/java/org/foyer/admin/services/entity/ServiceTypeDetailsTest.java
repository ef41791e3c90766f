package org.foyer.admin.services.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceTypeDetailsTest {

  static ServiceType.Details details(String name, int minutes, long cents, String code) {
    return new ServiceType.Details(name, minutes, cents, code);
  }

  @Test
  void aServiceTypeIsPricedInUsDollarCents() {
    ServiceType type = new ServiceType(details(" Individual therapy ", 53, 15_000, "90834"));
    assertThat(type.name()).isEqualTo("Individual therapy");
    assertThat(type.rateCents()).isEqualTo(15_000);
    assertThat(type.currency()).isEqualTo("USD");
    assertThat(type.billingCode()).contains("90834");
    assertThat(type.isArchived()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 480})
  void durationsFromFiveMinutesToEightHoursAreAccepted(int minutes) {
    assertThat(details("Session", minutes, 0, null).validated().durationMinutes())
        .isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 4, 481})
  void durationsOutsideThatRangeAreRefused(int minutes) {
    assertRefusedOn(details("Session", minutes, 0, null), "durationMinutes");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 10_000_000})
  void ratesFromZeroToOneHundredThousandDollarsAreAccepted(long cents) {
    assertThat(details("Session", 50, cents, null).validated().rateCents()).isEqualTo(cents);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 10_000_001, Long.MAX_VALUE})
  void negativeOrAbsurdRatesAreRefused(long cents) {
    assertRefusedOn(details("Session", 50, cents, null), "rateCents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"90834", "90791", "0001F", "0075T", " 90837 ", "3725f"})
  void cptCodesAreAccepted(String code) {
    assertThat(details("Session", 50, 0, code).validated().billingCode())
        .matches("[0-9]{4}[0-9FT]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9083", "908345", "ABCDE", "9083X", "90834-95", "9O834", "908 34"})
  void billingCodesThatAreNotCptCodesAreRefused(String code) {
    assertRefusedOn(details("Session", 50, 0, code), "billingCode");
  }

  @Test
  void anEmptyBillingCodeMeansNone() {
    assertThat(details("Session", 50, 0, "  ").validated().billingCode()).isNull();
  }

  @Test
  void nameIsRequiredAndLimitedToOneHundredTwentyCharacters() {
    assertRefusedOn(details("  ", 50, 0, null), "name");
    assertRefusedOn(details(null, 50, 0, null), "name");
    assertRefusedOn(details("n".repeat(121), 50, 0, null), "name");
    assertRefusedOn(details("tab\u0007bell", 50, 0, null), "name");
    assertThat(details("n".repeat(120), 50, 0, null).validated().name()).hasSize(120);
  }

  @Test
  void reviseChecksTheNewDetailsAndKeepsTheOldOnesWhenTheyAreBad() {
    ServiceType type = new ServiceType(details("Intake", 60, 20_000, null));
    assertThatThrownBy(() -> type.revise(details("Intake", 0, 20_000, null)))
        .isInstanceOf(InvalidInput.class);
    assertThat(type.durationMinutes()).isEqualTo(60);
  }

  static void assertRefusedOn(ServiceType.Details details, String field) {
    assertThatThrownBy(details::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
  }
}
