package org.foyer.admin.services.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class LocationDetailsTest {

  @Test
  void anOfficeHasAnAddress() {
    Location office =
        new Location(
            new Location.Details("Main office", LocationKind.OFFICE, "1 Elm St\r\nSpringfield"));
    assertThat(office.address()).contains("1 Elm St\nSpringfield");
    assertThat(office.kind()).isEqualTo(LocationKind.OFFICE);
  }

  @Test
  void anOfficeWithoutAnAddressIsRefused() {
    assertRefusedOn(new Location.Details("Main office", LocationKind.OFFICE, " "), "address");
  }

  @Test
  void telehealthHasNoStreetAddress() {
    assertThat(new Location(new Location.Details("Video", LocationKind.TELEHEALTH, null)).address())
        .isEmpty();
    assertRefusedOn(new Location.Details("Video", LocationKind.TELEHEALTH, "1 Elm St"), "address");
  }

  @Test
  void theKindMustBeChosen() {
    assertRefusedOn(new Location.Details("Somewhere", null, null), "kind");
  }

  @Test
  void nameAndAddressAreLimited() {
    assertRefusedOn(new Location.Details("n".repeat(121), LocationKind.TELEHEALTH, null), "name");
    assertRefusedOn(
        new Location.Details("Office", LocationKind.OFFICE, "a".repeat(301)), "address");
    assertThat(
            new Location.Details("Office", LocationKind.OFFICE, "a".repeat(300))
                .validated()
                .address())
        .hasSize(300);
  }

  static void assertRefusedOn(Location.Details details, String field) {
    assertThatThrownBy(details::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
  }
}
