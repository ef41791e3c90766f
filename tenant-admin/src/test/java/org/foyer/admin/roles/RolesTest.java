package org.foyer.admin.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.boundary.Roles;
import org.foyer.admin.roles.boundary.RolesChanged;
import org.foyer.admin.roles.entity.CapabilitiesConverter;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.admin.staff.boundary.SamplePractice;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom roles and the Default Permissions: their rules and their effect on staff. */
class RolesTest {

  SamplePractice practice;
  Caller admin;
  UUID frontDesk;

  @BeforeEach
  void practice() {
    practice = new SamplePractice();
    admin = practice.caller(StaffRole.ADMINISTRATOR);
    frontDesk = practice.staff.get(StaffRole.FRONT_DESK);
  }

  // Default Permissions

  @Test
  void aNewPracticesDefaultPermissionsAreEmpty() {
    assertThat(practice.in(() -> practice.roles().defaultPermissions(admin))).isEmpty();
    assertThat(practice.caller(StaffRole.FRONT_DESK).capabilities())
        .as(
            "the front desk's own role schedules and bills; nothing is added by default permissions")
        .containsExactlyInAnyOrder(Capability.MANAGE_SCHEDULE, Capability.BILLING);
    assertThat(practice.caller(StaffRole.BILLER).capabilities())
        .containsExactly(Capability.BILLING);
  }

  @Test
  void defaultPermissionsOfferTheTwoIssueCapabilitiesAndDynamicForms() {
    assertThat(DefaultPermissions.OFFERED)
        .containsExactlyInAnyOrder(
            Capability.UPLOAD_GENERAL_DOCUMENTS,
            Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
            Capability.MANAGE_DYNAMIC_FORMS);
  }

  @Test
  void whatAnAdministratorAddsEveryStaffMemberHoldsAtOnce() {
    practice.run(
        () ->
            practice
                .roles()
                .setDefaultPermissions(
                    admin,
                    Set.of(
                        Capability.UPLOAD_GENERAL_DOCUMENTS,
                        Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS)));
    for (StaffRole role : StaffRole.values()) {
      assertThat(practice.caller(role).capabilities())
          .contains(
              Capability.UPLOAD_GENERAL_DOCUMENTS,
              Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
    }
    assertThat(practice.caller(StaffRole.BILLER).capabilities())
        .containsExactlyInAnyOrder(
            Capability.BILLING,
            Capability.UPLOAD_GENERAL_DOCUMENTS,
            Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
    assertThat(practice.roleChanges.last().change())
        .isEqualTo(RolesChanged.Change.DEFAULT_PERMISSIONS_CHANGED);

    practice.run(() -> practice.roles().setDefaultPermissions(admin, Set.of()));
    assertThat(practice.caller(StaffRole.BILLER).capabilities())
        .containsExactly(Capability.BILLING);
  }

  @Test
  void defaultPermissionsOfOnePracticeDoNotReachAnother() {
    SamplePractice other = new SamplePractice();
    practice.run(
        () ->
            practice
                .roles()
                .setDefaultPermissions(admin, Set.of(Capability.UPLOAD_GENERAL_DOCUMENTS)));
    assertThat(other.caller(StaffRole.BILLER).capabilities()).containsExactly(Capability.BILLING);
  }

  @ParameterizedTest
  @EnumSource(
      value = Capability.class,
      names = {
        "UPLOAD_GENERAL_DOCUMENTS",
        "INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS",
        "MANAGE_DYNAMIC_FORMS"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void administrativeCapabilitiesAreNeverDefaultPermissions(Capability capability) {
    assertThatThrownBy(
            () ->
                practice.run(
                    () -> practice.roles().setDefaultPermissions(admin, Set.of(capability))))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("\"" + capability.label() + "\" cannot be a default permission");
    assertThat(practice.in(() -> practice.roles().defaultPermissions(admin))).isEmpty();
  }

  // Custom roles

  @Test
  void aCustomRoleGrantsItsCapabilitiesToItsHoldersUntilDeleted() {
    CustomRole role =
        practice.in(
            () ->
                practice
                    .roles()
                    .createRole(
                        admin, "  Intake coordinator ", EnumSet.of(Capability.MANAGE_STAFF)));
    assertThat(role.name()).isEqualTo("Intake coordinator");
    practice.run(() -> practice.roleStore().assignExactly(frontDesk, Set.of(role.id())));
    assertThat(practice.callerFor(frontDesk).capabilities())
        .containsExactlyInAnyOrder(
            Capability.MANAGE_STAFF, Capability.MANAGE_SCHEDULE, Capability.BILLING);

    practice.run(
        () ->
            practice
                .roles()
                .setCapabilities(admin, role.id(), Set.of(Capability.REVIEW_AUDIT_LOG)));
    assertThat(practice.callerFor(frontDesk).capabilities())
        .containsExactlyInAnyOrder(
            Capability.REVIEW_AUDIT_LOG, Capability.MANAGE_SCHEDULE, Capability.BILLING);

    practice.run(() -> practice.roles().renameRole(admin, role.id(), "Auditor"));
    assertThat(practice.in(() -> practice.roles().listCustomRoles(admin)))
        .extracting(CustomRole::name)
        .containsExactly("Auditor");

    practice.run(() -> practice.roles().deleteRole(admin, role.id()));
    assertThat(practice.callerFor(frontDesk).capabilities())
        .as("the front desk's own role stays")
        .containsExactlyInAnyOrder(Capability.MANAGE_SCHEDULE, Capability.BILLING);
    assertThat(practice.in(() -> practice.roles().listCustomRoles(admin))).isEmpty();
    assertThat(practice.roleChanges.fired())
        .extracting(RolesChanged::change)
        .containsExactly(
            RolesChanged.Change.ROLE_CREATED,
            RolesChanged.Change.ROLE_CAPABILITIES_CHANGED,
            RolesChanged.Change.ROLE_RENAMED,
            RolesChanged.Change.ROLE_DELETED);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "tab\tinside", "line\nbreak"})
  void blankOrControlCharacterNamesAreRefused(String name) {
    assertThatThrownBy(() -> practice.run(() -> practice.roles().createRole(admin, name, Set.of())))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("name"));
  }

  @Test
  void namesLongerThanSixtyCharactersAreRefused() {
    practice.run(() -> practice.roles().createRole(admin, "x".repeat(60), Set.of()));
    assertThatThrownBy(
            () -> practice.run(() -> practice.roles().createRole(admin, "y".repeat(61), Set.of())))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("A role name needs 1 to 60 characters");
  }

  @Test
  void roleNamesAreUniqueWithoutRegardToCase() {
    UUID first =
        practice.in(() -> practice.roles().createRole(admin, "Biller Plus", Set.of()).id());
    assertThatThrownBy(
            () -> practice.run(() -> practice.roles().createRole(admin, "biller plus", Set.of())))
        .isInstanceOf(Conflict.class)
        .hasMessage("A role called \"biller plus\" already exists");
    UUID second = practice.in(() -> practice.roles().createRole(admin, "Other", Set.of()).id());
    assertThatThrownBy(
            () -> practice.run(() -> practice.roles().renameRole(admin, second, "BILLER PLUS")))
        .isInstanceOf(Conflict.class);
    practice.run(() -> practice.roles().renameRole(admin, first, "biller plus"));
  }

  @Test
  void theSameNameInAnotherPracticeIsFine() {
    SamplePractice other = new SamplePractice();
    practice.run(() -> practice.roles().createRole(admin, "Shared name", Set.of()));
    other.run(
        () ->
            other
                .roles()
                .createRole(other.caller(StaffRole.ADMINISTRATOR), "Shared name", Set.of()));
  }

  @Test
  void capabilityNamesAreParsedStrictly() {
    assertThat(Roles.parseCapabilities(List.of("MANAGE_STAFF", "REVIEW_AUDIT_LOG")))
        .containsExactlyInAnyOrder(Capability.MANAGE_STAFF, Capability.REVIEW_AUDIT_LOG);
    assertThat(Roles.parseCapabilities(null)).isEmpty();
    assertThatThrownBy(() -> Roles.parseCapabilities(List.of("manage_staff")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("There is no permission called \"manage_staff\"");
    assertThatThrownBy(() -> Roles.parseCapabilities(List.of("X".repeat(10_000))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("…");
  }

  @Test
  void storedCapabilitiesRoundTripAndUnknownNamesGrantNothing() {
    CapabilitiesConverter converter = new CapabilitiesConverter();
    Set<Capability> all = EnumSet.allOf(Capability.class);
    String column = converter.convertToDatabaseColumn(all);
    assertThat(column.length()).isLessThanOrEqualTo(CapabilitiesConverter.COLUMN_LENGTH);
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(all);
    assertThat(
            converter.convertToDatabaseColumn(
                EnumSet.of(Capability.REVIEW_AUDIT_LOG, Capability.MANAGE_STAFF)))
        .isEqualTo("[\"MANAGE_STAFF\",\"REVIEW_AUDIT_LOG\"]");
    assertThat(converter.convertToEntityAttribute("[\"MANAGE_STAFF\",\"REMOVED_ONE\",\"\"]"))
        .containsExactly(Capability.MANAGE_STAFF);
    assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    assertThat(converter.convertToEntityAttribute("[]")).isEmpty();
  }
}
