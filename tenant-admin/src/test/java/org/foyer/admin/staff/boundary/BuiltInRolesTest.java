package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact rules for the built-in roles, as a role-by-capability table checked against
 * what a freshly created practice's staff really hold (empty Default Permissions, no custom roles).
 */
class BuiltInRolesTest {

  static final SamplePractice practice = new SamplePractice();

  /** Written out by hand from the issue, not derived from the code under test. */
  static final Map<StaffRole, Set<Capability>> HOLDS =
      Map.of(
          StaffRole.ADMINISTRATOR,
          EnumSet.of(
              Capability.MANAGE_PORTAL_SETTINGS,
              Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
              Capability.SET_STAFF_PERMISSIONS,
              Capability.ADD_STAFF_SUBSCRIPTIONS,
              Capability.MANAGE_STAFF,
              Capability.MANAGE_SERVICES_AND_LOCATIONS,
              Capability.MANAGE_DYNAMIC_FORMS,
              Capability.UPLOAD_GENERAL_DOCUMENTS,
              Capability.MANAGE_TEMPLATE_PACKS,
              Capability.MANAGE_SCHEDULE,
              Capability.REVIEW_AUDIT_LOG,
              Capability.READ_ALL_CLIENT_MESSAGES,
              Capability.BILLING),
          StaffRole.THERAPIST,
          EnumSet.of(Capability.MANAGE_DYNAMIC_FORMS, Capability.UPLOAD_GENERAL_DOCUMENTS),
          StaffRole.FRONT_DESK,
          EnumSet.of(Capability.MANAGE_SCHEDULE, Capability.BILLING),
          StaffRole.BILLER,
          EnumSet.of(Capability.BILLING));

  static Stream<Arguments> roleAndCapability() {
    List<Arguments> cases = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      for (Capability capability : Capability.values()) {
        cases.add(Arguments.of(role, capability, HOLDS.get(role).contains(capability)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} holds {1}: {2}")
  @MethodSource("roleAndCapability")
  void builtInRoleHoldsExactlyItsCapabilities(StaffRole role, Capability capability, boolean held) {
    assertThat(practice.caller(role).can(capability)).isEqualTo(held);
  }

  @Test
  void therapistsDynamicFormsDoNotIncludeIntakeForms() {
    assertThat(practice.caller(StaffRole.THERAPIST).can(Capability.MANAGE_DYNAMIC_FORMS)).isTrue();
    assertThat(
            practice
                .caller(StaffRole.THERAPIST)
                .can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS))
        .isFalse();
  }

  @Test
  void everyCapabilityHasAHumanLabel() {
    for (Capability capability : Capability.values()) {
      assertThat(capability.label()).isNotBlank().doesNotContain("_");
    }
  }
}
