package org.foyer.admin.services.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class CatalogRequestsTest {

  @Test
  void aServiceTypeBodyNeedsItsNumbers() {
    assertThatThrownBy(
            () -> new CatalogRequests.ServiceTypeBody("Intake", null, null, null).toDetails())
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("durationMinutes", "rateCents"));
    assertThat(new CatalogRequests.ServiceTypeBody("Intake", 60, 100L, "90791").toDetails())
        .isEqualTo(new ServiceType.Details("Intake", 60, 100L, "90791"));
  }

  @Test
  void anUnknownLocationKindIsRefusedOnItsField() {
    assertThatThrownBy(
            () ->
                new CatalogRequests.LocationBody("Home", "HOME_VISIT", null)
                    .toDetails()
                    .validated())
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("kind"));
    assertThat(new CatalogRequests.LocationBody("Video", "TELEHEALTH", null).toDetails().kind())
        .isEqualTo(LocationKind.TELEHEALTH);
  }

  @Test
  void missingBodiesAreInvalid() {
    assertThatThrownBy(() -> InvalidInput.requireBody(null)).isInstanceOf(InvalidInput.class);
  }
}
