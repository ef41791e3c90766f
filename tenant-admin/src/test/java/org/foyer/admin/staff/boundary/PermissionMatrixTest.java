package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.admin.staff.entity.StaffSubscription;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every staff and roles action against every kind of caller and every single capability: allowed
 * (and the change really made), refused with 403 for staff without the capability, or 404 for
 * anyone who is not staff of the practice. Never a silent success.
 */
class PermissionMatrixTest {

  /** The actions, each with the one capability it needs (null: any staff member). */
  enum Action {
    LIST_STAFF(null, (p, c) -> p.administration().listStaff(c)),
    SEE_SEATS(null, (p, c) -> p.administration().seatUsage(c)),
    LIST_ROLES(null, (p, c) -> p.roles().listCustomRoles(c)),
    SEE_DEFAULT_PERMISSIONS(null, (p, c) -> p.roles().defaultPermissions(c)),
    INVITE(
        Capability.MANAGE_STAFF,
        (p, c) ->
            p.administration()
                .invite(c, "newcomer@example.org", "New Comer", StaffRole.THERAPIST, Set.of())),
    REINVITE(
        Capability.MANAGE_STAFF,
        (p, c) -> p.administration().reinvite(c, target(StaffStatus.INVITED))),
    DEACTIVATE(
        Capability.MANAGE_STAFF,
        (p, c) -> p.administration().deactivate(c, target(StaffStatus.ACTIVE))),
    REACTIVATE(
        Capability.MANAGE_STAFF,
        (p, c) -> p.administration().reactivate(c, target(StaffStatus.DEACTIVATED))),
    ASSIGN_ROLES(
        Capability.SET_STAFF_PERMISSIONS,
        (p, c) ->
            p.administration()
                .assignRoles(c, target(StaffStatus.ACTIVE), StaffRole.BILLER, Set.of())),
    ADD_SEATS(Capability.ADD_STAFF_SUBSCRIPTIONS, (p, c) -> p.administration().addSeats(c, 2)),
    CREATE_ROLE(
        Capability.SET_STAFF_PERMISSIONS,
        (p, c) -> p.roles().createRole(c, "Intake coordinator", Set.of())),
    RENAME_ROLE(
        Capability.SET_STAFF_PERMISSIONS, (p, c) -> p.roles().renameRole(c, role(), "Renamed")),
    SET_ROLE_CAPABILITIES(
        Capability.SET_STAFF_PERMISSIONS,
        (p, c) -> p.roles().setCapabilities(c, role(), Set.of(Capability.MANAGE_DYNAMIC_FORMS))),
    DELETE_ROLE(Capability.SET_STAFF_PERMISSIONS, (p, c) -> p.roles().deleteRole(c, role())),
    SET_DEFAULT_PERMISSIONS(
        Capability.SET_STAFF_PERMISSIONS,
        (p, c) -> p.roles().setDefaultPermissions(c, Set.of(Capability.UPLOAD_GENERAL_DOCUMENTS)));

    final Capability required;
    final BiConsumer<SamplePractice, Caller> act;

    Action(Capability required, BiConsumer<SamplePractice, Caller> act) {
      this.required = required;
      this.act = act;
    }

    boolean changes() {
      return required != null;
    }
  }

  /** Who calls: a member of each built-in role, a client and nobody. */
  enum Who {
    ADMINISTRATOR,
    THERAPIST,
    FRONT_DESK,
    BILLER,
    PORTAL_CLIENT,
    ANONYMOUS
  }

  enum Outcome {
    ALLOWED,
    REFUSED_403,
    NOT_FOUND_404
  }

  static Stream<Arguments> builtInRolesAgainstActions() {
    List<Arguments> cases = new ArrayList<>();
    for (Who who : Who.values()) {
      for (Action action : Action.values()) {
        cases.add(Arguments.of(who, action, expected(who, action)));
      }
    }
    return cases.stream();
  }

  /**
   * The table, written out: administrators do everything; therapists, front desk and billers only
   * read (none of them holds a staff-administration capability); clients and strangers see nothing.
   */
  static Outcome expected(Who who, Action action) {
    return switch (who) {
      case ADMINISTRATOR -> Outcome.ALLOWED;
      case THERAPIST, FRONT_DESK, BILLER ->
          action.changes() ? Outcome.REFUSED_403 : Outcome.ALLOWED;
      case PORTAL_CLIENT, ANONYMOUS -> Outcome.NOT_FOUND_404;
    };
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("builtInRolesAgainstActions")
  void builtInRoleAgainstAction(Who who, Action action, Outcome outcome) {
    SamplePractice practice = new SamplePractice();
    Caller caller =
        switch (who) {
          case PORTAL_CLIENT -> SamplePractice.portalCaller();
          case ANONYMOUS -> Caller.ANONYMOUS;
          default -> practice.caller(StaffRole.valueOf(who.name()));
        };
    check(practice, caller, action, outcome);
  }

  static Stream<Arguments> singleCapabilitiesAgainstActions() {
    List<Arguments> cases = new ArrayList<>();
    for (Capability capability : Capability.values()) {
      for (Action action : Action.values()) {
        boolean allowed = action.required == null || action.required == capability;
        cases.add(
            Arguments.of(capability, action, allowed ? Outcome.ALLOWED : Outcome.REFUSED_403));
      }
    }
    return cases.stream();
  }

  /**
   * A biller (whose own role holds only billing, which no staff administration needs) given one
   * capability by a custom role.
   */
  @ParameterizedTest(name = "only {0}: {1} -> {2}")
  @MethodSource("singleCapabilitiesAgainstActions")
  void singleCapabilityAgainstAction(Capability capability, Action action, Outcome outcome) {
    SamplePractice practice = new SamplePractice();
    UUID biller = practice.staff.get(StaffRole.BILLER);
    practice.run(
        () -> {
          CustomRole role = new CustomRole("Only " + capability.name(), Set.of(capability));
          practice.roleStore().persist(role);
          practice.roleStore().assignExactly(biller, Set.of(role.id()));
        });
    Caller caller = practice.callerFor(biller);
    assertThat(caller.capabilities())
        .contains(capability)
        .isSubsetOf(capability, Capability.BILLING);
    check(practice, caller, action, outcome);
  }

  private static void check(
      SamplePractice practice, Caller caller, Action action, Outcome outcome) {
    Runnable attempt =
        () ->
            practice.run(
                () -> {
                  prepareTargets(practice);
                  action.act.accept(practice, caller);
                });
    int eventsBefore = eventCount(practice);
    switch (outcome) {
      case ALLOWED -> {
        assertThatCode(attempt::run).doesNotThrowAnyException();
        if (action.changes()) {
          assertThat(eventCount(practice)).as("the change was made and audited").isGreaterThan(0);
        }
      }
      case REFUSED_403 -> {
        assertThatThrownBy(attempt::run)
            .isInstanceOf(Refused.class)
            .hasMessageContaining("This needs the permission");
        assertThat(eventCount(practice)).isEqualTo(eventsBefore);
      }
      case NOT_FOUND_404 -> {
        assertThatThrownBy(attempt::run).isInstanceOf(NotFound.class);
        assertThat(eventCount(practice)).isEqualTo(eventsBefore);
      }
    }
  }

  private static int eventCount(SamplePractice practice) {
    return practice.staffChanges.fired().size()
        + practice.roleChanges.fired().size()
        + practice.invitations.fired().size();
  }

  // Targets are made inside the attempt's transaction, so a refusal rolls them back too.
  private static final ThreadLocal<Targets> TARGETS = new ThreadLocal<>();

  private record Targets(UUID invited, UUID active, UUID deactivated, UUID role) {}

  private static void prepareTargets(SamplePractice practice) {
    EntityManager em = SamplePractice.db.entityManager();
    StaffMember invited = new StaffMember("invited@example.org", "Ivy", StaffRole.THERAPIST);
    StaffMember active = new StaffMember("active@example.org", "Avery", StaffRole.THERAPIST);
    active.activate("hash");
    StaffMember gone = new StaffMember("gone@example.org", "Gale", StaffRole.THERAPIST);
    gone.activate("hash");
    gone.deactivate();
    CustomRole role = new CustomRole("Target role", Set.of());
    em.persist(invited);
    em.persist(active);
    em.persist(gone);
    em.persist(role);
    StaffSubscription roomy = new StaffSubscription();
    roomy.addSeats(10);
    em.persist(roomy);
    em.flush();
    TARGETS.set(new Targets(invited.id(), active.id(), gone.id(), role.id()));
  }

  private static UUID target(StaffStatus status) {
    Targets targets = TARGETS.get();
    return switch (status) {
      case INVITED -> targets.invited();
      case ACTIVE -> targets.active();
      case DEACTIVATED -> targets.deactivated();
    };
  }

  private static UUID role() {
    return TARGETS.get().role();
  }
}
