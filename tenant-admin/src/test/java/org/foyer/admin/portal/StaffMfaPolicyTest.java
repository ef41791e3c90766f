package org.foyer.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffMfaPolicyTest {

  @Test
  void administratorsAlwaysNeedASecondFactor() {
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(true)).isTrue();
    assertThat(StaffMfaPolicy.ALL_STAFF.requiresSecondFactor(true)).isTrue();
  }

  @Test
  void otherStaffNeedOneOnlyWhenThePolicyCoversAllStaff() {
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(false)).isFalse();
    assertThat(StaffMfaPolicy.ALL_STAFF.requiresSecondFactor(false)).isTrue();
  }
}
