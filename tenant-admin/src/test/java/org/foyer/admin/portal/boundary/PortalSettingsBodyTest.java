package org.foyer.admin.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class PortalSettingsBodyTest {

  @Test
  void aCompleteBodyBecomesTheChange() {
    PortalSettingsChange change =
        new PortalSettingsBody(
                true, false, "Name", "#000000", "Hi", 20, "ALL_STAFF", "OFF", "INSTANT", 0, true)
            .toChange();
    assertThat(change.staffMfaPolicy()).isEqualTo(StaffMfaPolicy.ALL_STAFF);
    assertThat(change.clientMfa()).isEqualTo(ClientMfa.OFF);
    assertThat(change.selfScheduling()).isEqualTo(SelfScheduling.INSTANT);
    assertThat(change.sessionTimeoutMinutes()).isEqualTo(20);
  }

  @Test
  void missingSettingsAndUnknownChoicesAreNamedField() {
    PortalSettingsBody body =
        new PortalSettingsBody(
            null, true, "", "#000000", "", null, "everyone", "off", null, 24, false);
    assertThatThrownBy(body::toChange)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.fieldErrors())
                  .containsOnlyKeys(
                      "portalEnabled",
                      "sessionTimeoutMinutes",
                      "staffMfaPolicy",
                      "clientMfa",
                      "selfScheduling");
              assertThat(e.fieldErrors().get("staffMfaPolicy"))
                  .isEqualTo("Choose one of ADMINISTRATORS_ONLY, ALL_STAFF");
            });
  }
}
