package org.foyer.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffMfaPolicyTest {

  @Test
  void administratorsAlwaysNeedASecondFactor() {
    Set<Capability> administrator = StaffRole.ADMINISTRATOR.capabilities();
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(administrator)).isTrue();
    assertThat(StaffMfaPolicy.ALL_STAFF.requiresSecondFactor(administrator)).isTrue();
  }

  @Test
  void otherStaffNeedOneOnlyWhenThePolicyCoversAllStaff() {
    for (StaffRole role : EnumSet.complementOf(EnumSet.of(StaffRole.ADMINISTRATOR))) {
      assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(role.capabilities()))
          .as(role.name())
          .isFalse();
      assertThat(StaffMfaPolicy.ALL_STAFF.requiresSecondFactor(role.capabilities()))
          .as(role.name())
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Capability.class,
      names = {
        "SET_STAFF_PERMISSIONS",
        "MANAGE_STAFF",
        "ADD_STAFF_SUBSCRIPTIONS",
        "MANAGE_PORTAL_SETTINGS",
        "MANAGE_TEMPLATE_PACKS",
        "REVIEW_AUDIT_LOG"
      })
  void anyAdministratorGradeCapabilityAloneRequiresASecondFactor(Capability capability) {
    Set<Capability> therapistPlusOne = EnumSet.copyOf(StaffRole.THERAPIST.capabilities());
    therapistPlusOne.add(capability);
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(therapistPlusOne)).isTrue();
  }

  @Test
  void dayToDayCapabilitiesDoNotRequireOne() {
    Set<Capability> everyDayToDay = EnumSet.allOf(Capability.class);
    everyDayToDay.removeAll(StaffMfaPolicy.ADMINISTRATIVE);
    assertThat(everyDayToDay)
        .contains(
            Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
            Capability.MANAGE_SERVICES_AND_LOCATIONS,
            Capability.MANAGE_DYNAMIC_FORMS,
            Capability.UPLOAD_GENERAL_DOCUMENTS);
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(everyDayToDay)).isFalse();
    assertThat(StaffMfaPolicy.ADMINISTRATORS_ONLY.requiresSecondFactor(Set.of())).isFalse();
  }

  @Test
  void noDefaultPermissionIsAdministratorGrade() {
    // Default permissions reach every staff member, who would then all need a second factor.
    assertThat(DefaultPermissions.OFFERED)
        .doesNotContainAnyElementsOf(StaffMfaPolicy.ADMINISTRATIVE);
  }
}
