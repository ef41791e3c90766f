package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.staff.control.SeatUsage;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.admin.staff.entity.StaffSubscription;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of staff administration besides permissions: seats, deactivation, roles, input. */
class StaffAdministrationTest {

  SamplePractice practice;
  Caller admin;
  UUID adminId;
  UUID therapistId;

  @BeforeEach
  void practiceWithOneOfEachRole() {
    practice = new SamplePractice();
    admin = practice.caller(StaffRole.ADMINISTRATOR);
    adminId = practice.staff.get(StaffRole.ADMINISTRATOR);
    therapistId = practice.staff.get(StaffRole.THERAPIST);
  }

  // Seats

  @Test
  void aNewPracticeHasFiveSeatsAndActiveStaffTakeThem() {
    SeatUsage usage = practice.in(() -> practice.administration().seatUsage(admin));
    assertThat(usage.seats()).isEqualTo(StaffSubscription.DEFAULT_SEATS).isEqualTo(5);
    assertThat(usage.used()).isEqualTo(4);
  }

  @Test
  void invitingPastTheSeatsIsRefusedWithAClearMessage() {
    invite("fifth@example.org");
    assertThatThrownBy(() -> invite("sixth@example.org"))
        .isInstanceOf(Conflict.class)
        .hasMessage(
            "All 5 staff seats are in use. Deactivate someone or ask an organization"
                + " administrator to add seats.");
    assertThat(practice.in(() -> practice.administration().seatUsage(admin)).used()).isEqualTo(5);
  }

  @Test
  void deactivatedStaffFreeTheirSeatAndReactivationNeedsOne() {
    invite("fifth@example.org");
    practice.run(() -> practice.administration().deactivate(admin, therapistId));
    invite("sixth@example.org");
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().reactivate(admin, therapistId)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("staff seats are in use");

    practice.run(() -> practice.administration().addSeats(admin, 1));
    practice.run(() -> practice.administration().reactivate(admin, therapistId));
    assertThat(practice.member(therapistId).status()).isEqualTo(StaffStatus.ACTIVE);
  }

  @Test
  void addingSeatsRaisesTheCountAndIsAudited() {
    SeatUsage usage = practice.in(() -> practice.administration().addSeats(admin, 3));
    assertThat(usage.seats()).isEqualTo(8);
    assertThat(practice.staffChanges.last().change())
        .isEqualTo(StaffChanged.Change.STAFF_SEATS_ADDED);
    assertThat(practice.in(() -> practice.administration().addSeats(admin, 1)).seats())
        .isEqualTo(9);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void seatsAreAddedOneToAHundredAtATime(int count) {
    assertThatThrownBy(() -> practice.run(() -> practice.administration().addSeats(admin, count)))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Add between 1 and 100 seats at a time");
  }

  @Test
  void onlyHoldersOfAddStaffSubscriptionsAddSeats() {
    Caller manager = holderOf(Capability.MANAGE_STAFF, Capability.SET_STAFF_PERMISSIONS);
    assertThatThrownBy(() -> practice.run(() -> practice.administration().addSeats(manager, 1)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Add staff subscriptions");
  }

  // Deactivation

  @Test
  void deactivationEndsAccessAtOnce() {
    int epoch = practice.member(therapistId).sessionEpoch();
    practice.run(() -> practice.administration().deactivate(admin, therapistId));
    StaffMember after = practice.member(therapistId);
    assertThat(after.status()).isEqualTo(StaffStatus.DEACTIVATED);
    assertThat(after.canSignIn()).isFalse();
    assertThat(after.sessionEpoch()).isGreaterThan(epoch);
    assertThat(practice.callerFor(therapistId).capabilities()).isEmpty();
    assertThat(practice.staffChanges.last().change())
        .isEqualTo(StaffChanged.Change.STAFF_DEACTIVATED);
  }

  @Test
  void reactivationRestoresAccess() {
    practice.run(() -> practice.administration().deactivate(admin, therapistId));
    practice.run(() -> practice.administration().reactivate(admin, therapistId));
    assertThat(practice.member(therapistId).canSignIn()).isTrue();
    assertThat(practice.callerFor(therapistId).can(Capability.MANAGE_DYNAMIC_FORMS)).isTrue();
  }

  @Test
  void anAdministratorCannotDeactivateThemself() {
    practice.run(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapistId, StaffRole.ADMINISTRATOR, Set.of()));
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().deactivate(admin, adminId)))
        .isInstanceOf(Conflict.class)
        .hasMessage("You cannot deactivate yourself");
    assertThat(practice.member(adminId).canSignIn()).isTrue();
  }

  @Test
  void theLastAdministratorCannotBeDeactivated() {
    Caller manager = holderOf(Capability.MANAGE_STAFF);
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().deactivate(manager, adminId)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("last active administrator");
  }

  @Test
  void anotherAdministratorCanBeDeactivatedWhileOneRemains() {
    practice.run(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapistId, StaffRole.ADMINISTRATOR, Set.of()));
    practice.run(() -> practice.administration().deactivate(admin, therapistId));
    assertThat(practice.member(therapistId).canSignIn()).isFalse();
  }

  @Test
  void deactivatingTwiceOrReactivatingAnActiveMemberIsRefused() {
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().reactivate(admin, therapistId)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("is not deactivated");
    practice.run(() -> practice.administration().deactivate(admin, therapistId));
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().deactivate(admin, therapistId)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already deactivated");
  }

  // Roles

  @Test
  void aMemberMayHoldSeveralRolesAndChangesApplyAtOnce() {
    UUID[] roles = new UUID[2];
    practice.run(
        () -> {
          roles[0] =
              practice
                  .roles()
                  .createRole(
                      admin, "Intake", Set.of(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS))
                  .id();
          roles[1] =
              practice.roles().createRole(admin, "Audit", Set.of(Capability.REVIEW_AUDIT_LOG)).id();
        });
    practice.run(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapistId, StaffRole.THERAPIST, Set.of(roles[0], roles[1])));

    assertThat(practice.callerFor(therapistId).capabilities())
        .containsExactlyInAnyOrder(
            Capability.MANAGE_DYNAMIC_FORMS,
            Capability.UPLOAD_GENERAL_DOCUMENTS,
            Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
            Capability.REVIEW_AUDIT_LOG);
    assertThat(practice.in(() -> practice.administration().customRolesOf(admin, therapistId)))
        .containsExactlyInAnyOrder(roles);

    practice.run(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapistId, StaffRole.FRONT_DESK, Set.of(roles[1])));
    assertThat(practice.callerFor(therapistId).capabilities())
        .containsExactlyInAnyOrder(
            Capability.MANAGE_SCHEDULE, Capability.BILLING, Capability.REVIEW_AUDIT_LOG);
    assertThat(practice.staffChanges.last().change())
        .isEqualTo(StaffChanged.Change.STAFF_ROLES_CHANGED);
  }

  @Test
  void theLastAdministratorKeepsTheRole() {
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        practice
                            .administration()
                            .assignRoles(admin, adminId, StaffRole.THERAPIST, Set.of())))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("keeps that role");
    assertThat(practice.member(adminId).role()).isEqualTo(StaffRole.ADMINISTRATOR);
  }

  @Test
  void invitingAnAdministratorOrWithCustomRolesNeedsSetStaffPermissions() {
    Caller manager = holderOf(Capability.MANAGE_STAFF);
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        practice
                            .administration()
                            .invite(
                                manager,
                                "boss@example.org",
                                "Boss",
                                StaffRole.ADMINISTRATOR,
                                Set.of())))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Set staff permissions");
    practice.run(
        () ->
            practice
                .administration()
                .invite(manager, "helper@example.org", "Helper", StaffRole.FRONT_DESK, Set.of()));
  }

  @Test
  void invitationWithCustomRolesAssignsThem() {
    UUID role =
        practice.in(
            () ->
                practice
                    .roles()
                    .createRole(
                        admin, "Intake", Set.of(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS))
                    .id());
    StaffMember member =
        practice.in(
            () ->
                practice
                    .administration()
                    .invite(admin, "pat@example.org", "Pat", StaffRole.BILLER, Set.of(role)));
    assertThat(practice.in(() -> practice.administration().customRolesOf(admin, member.id())))
        .containsExactly(role);
  }

  // Input

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "not-an-email", "a@b", "two@@example.org", "sp ace@example.org"})
  void invalidEmailsAreRefused(String email) {
    assertThatThrownBy(() -> invite(email))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("email"));
  }

  @Test
  void oversizedInputIsRefused() {
    assertThatThrownBy(() -> invite("a".repeat(250) + "@example.org"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        practice
                            .administration()
                            .invite(
                                admin,
                                "long@example.org",
                                "x".repeat(121),
                                StaffRole.THERAPIST,
                                Set.of())))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("displayName"));
  }

  @Test
  void aMissingRoleIsRefused() {
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        practice
                            .administration()
                            .invite(admin, "x@example.org", "X", null, Set.of())))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Choose a role");
  }

  @Test
  void anEmailAlreadyOnTheStaffIsAConflictWhateverItsCase() {
    String existing = practice.member(therapistId).email().toUpperCase();
    assertThatThrownBy(() -> invite(existing))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already on the practice's staff list");
  }

  // Other practices

  @Test
  void anotherPracticesIdsAreNotFound() {
    SamplePractice other = new SamplePractice();
    UUID foreignStaff = other.staff.get(StaffRole.THERAPIST);
    UUID foreignRole =
        other.in(
            () ->
                other
                    .roles()
                    .createRole(other.caller(StaffRole.ADMINISTRATOR), "Theirs", Set.of())
                    .id());
    assertNotFound(() -> practice.administration().deactivate(admin, foreignStaff));
    assertNotFound(() -> practice.administration().reactivate(admin, foreignStaff));
    assertNotFound(() -> practice.administration().reinvite(admin, foreignStaff));
    assertNotFound(() -> practice.administration().customRolesOf(admin, foreignStaff));
    assertNotFound(
        () ->
            practice
                .administration()
                .assignRoles(admin, foreignStaff, StaffRole.THERAPIST, Set.of()));
    assertNotFound(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapistId, StaffRole.THERAPIST, Set.of(foreignRole)));
    assertNotFound(() -> practice.roles().renameRole(admin, foreignRole, "Mine"));
    assertNotFound(() -> practice.roles().deleteRole(admin, foreignRole));
    assertNotFound(() -> practice.roles().getCustomRole(admin, foreignRole));
    assertNotFound(() -> practice.administration().deactivate(admin, UUID.randomUUID()));
    assertNotFound(() -> practice.administration().deactivate(admin, null));
    assertThat(other.member(foreignStaff).canSignIn()).isTrue();
  }

  @Test
  void aStaffMemberOfAnotherPracticeIsNotFoundHere() {
    SamplePractice other = new SamplePractice();
    Caller stranger = other.caller(StaffRole.ADMINISTRATOR);
    // A signed-in caller's id from another practice has no row here: they hold nothing here.
    assertThat(practice.in(() -> practice.permissions().capabilitiesOf(stranger.accountId())))
        .isEmpty();
  }

  private void assertNotFound(Runnable attempt) {
    assertThatThrownBy(() -> practice.run(attempt)).isInstanceOf(NotFound.class);
  }

  private StaffMember invite(String email) {
    return practice.in(
        () ->
            practice
                .administration()
                .invite(admin, email, "Someone New", StaffRole.THERAPIST, Set.of()));
  }

  /** A front-desk member given exactly these capabilities by a custom role. */
  private Caller holderOf(Capability... capabilities) {
    UUID frontDesk = practice.staff.get(StaffRole.FRONT_DESK);
    practice.run(
        () -> {
          CustomRole role = new CustomRole("Holder", Set.of(capabilities));
          practice.roleStore().persist(role);
          practice.roleStore().assignExactly(frontDesk, Set.of(role.id()));
        });
    return practice.callerFor(frontDesk);
  }
}
