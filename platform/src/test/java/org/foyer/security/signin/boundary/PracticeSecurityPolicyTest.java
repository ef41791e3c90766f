package org.foyer.security.signin.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.events.RecordedEvents;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.signin.control.StaffSignIn;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practice's own security settings govern its sign-ins from the next one on, and only its own:
 * the staff MFA policy decides who must enrol a second factor, and the session timeout is the
 * practice's.
 */
class PracticeSecurityPolicyTest {

  static final TestDatabase db = TestDatabase.get();
  static final String PASSWORD = "gentle-orchard-lamp-37";

  final StaffSignIn signIn =
      new StaffSignIn(db.entityManager(), SampleKeys.MASTER_KEY, Clock.systemUTC());
  final PortalSettingsService settings =
      new PortalSettingsService(
          db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  final FoyerAuthentication authentication = new FoyerAuthentication();
  TenantId north;
  TenantId south;
  Caller northAdmin;
  Caller southAdmin;

  @BeforeEach
  void twoPracticesWithAnAdministratorAndATherapist() {
    authentication.portalSettings = settings;
    north = practice("north");
    south = practice("south");
    northAdmin = administrator(north);
    southAdmin = administrator(south);
  }

  TenantId practice(String name) {
    Practice practice =
        new Practice(
            new TenantSlug(name + "-" + UUID.randomUUID().toString().substring(0, 8)),
            name,
            "UTC",
            Instant.now());
    String hash = new PasswordHash(1000).hash(PASSWORD.toCharArray());
    return db.inTenant(
        practice.tenantId(),
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          for (StaffRole role : Set.of(StaffRole.ADMINISTRATOR, StaffRole.THERAPIST)) {
            StaffMember member = new StaffMember(role.name() + "@example.org", "Sam", role);
            member.activate(hash);
            em.persist(member);
          }
          return practice.tenantId();
        });
  }

  static UUID staffId(String email) {
    return db.entityManager()
        .createQuery("SELECT s.id FROM StaffMember s WHERE s.email = :email", UUID.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  Caller administrator(TenantId tenant) {
    UUID id = db.inTenant(tenant, () -> staffId("administrator@example.org"));
    return new Caller(
        id,
        Caller.Kind.STAFF,
        "administrator@example.org",
        Set.of("ADMINISTRATOR"),
        StaffRole.ADMINISTRATOR.capabilities());
  }

  void save(TenantId tenant, Caller admin, StaffMfaPolicy policy, int timeoutMinutes) {
    db.inTenant(
        tenant,
        () ->
            settings.change(
                admin,
                new PortalSettingsChange(
                    true,
                    true,
                    "",
                    "#2f6f8f",
                    "",
                    timeoutMinutes,
                    policy,
                    ClientMfa.OPTIONAL,
                    SelfScheduling.OFF,
                    24,
                    false)));
  }

  SecondFactor secondFactorAt(TenantId tenant, StaffRole role) {
    return db.inTenant(
            tenant,
            () -> signIn.checkPassword(role.name() + "@example.org", PASSWORD.toCharArray()))
        .orElseThrow()
        .secondFactor();
  }

  @Test
  void byDefaultOnlyAdministratorsMustEnrolASecondFactor() {
    assertThat(secondFactorAt(north, StaffRole.ADMINISTRATOR)).isEqualTo(SecondFactor.ENROLL);
    assertThat(secondFactorAt(north, StaffRole.THERAPIST)).isEqualTo(SecondFactor.NONE);
  }

  @Test
  void anAllStaffPolicyMakesEveryStaffMemberEnrolAtTheirNextSignIn() {
    save(north, northAdmin, StaffMfaPolicy.ALL_STAFF, 15);
    assertThat(secondFactorAt(north, StaffRole.THERAPIST)).isEqualTo(SecondFactor.ENROLL);
    assertThat(secondFactorAt(north, StaffRole.ADMINISTRATOR)).isEqualTo(SecondFactor.ENROLL);
    assertThat(secondFactorAt(south, StaffRole.THERAPIST))
        .as("another practice's policy is its own")
        .isEqualTo(SecondFactor.NONE);
  }

  @Test
  void goingBackToAdministratorsOnlyNeverReleasesAdministrators() {
    save(north, northAdmin, StaffMfaPolicy.ALL_STAFF, 15);
    save(north, northAdmin, StaffMfaPolicy.ADMINISTRATORS_ONLY, 15);
    assertThat(secondFactorAt(north, StaffRole.THERAPIST)).isEqualTo(SecondFactor.NONE);
    assertThat(secondFactorAt(north, StaffRole.ADMINISTRATOR)).isEqualTo(SecondFactor.ENROLL);
  }

  @Test
  void aSessionTimesOutAfterThePracticesOwnTimeout() {
    assertThat(timeoutSecondsAt(north)).as("the default").isEqualTo(15 * 60);
    save(north, northAdmin, StaffMfaPolicy.ADMINISTRATORS_ONLY, 90);
    save(south, southAdmin, StaffMfaPolicy.ADMINISTRATORS_ONLY, 5);
    assertThat(timeoutSecondsAt(north)).isEqualTo(90 * 60);
    assertThat(timeoutSecondsAt(south)).isEqualTo(5 * 60);
  }

  @Test
  void aTherapistGivenACustomRoleThatSetsStaffPermissionsMustEnrol() {
    giveTherapistCustomRole(north, "Practice lead", Capability.SET_STAFF_PERMISSIONS);
    assertThat(secondFactorAt(north, StaffRole.THERAPIST)).isEqualTo(SecondFactor.ENROLL);
    assertThat(secondFactorAt(south, StaffRole.THERAPIST))
        .as("another practice's roles are its own")
        .isEqualTo(SecondFactor.NONE);
  }

  @Test
  void aTherapistGivenACustomRoleWithOnlyDayToDayCapabilitiesNeedNotEnrol() {
    giveTherapistCustomRole(
        north,
        "Office helper",
        Capability.MANAGE_SERVICES_AND_LOCATIONS,
        Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
    assertThat(secondFactorAt(north, StaffRole.THERAPIST)).isEqualTo(SecondFactor.NONE);
  }

  void giveTherapistCustomRole(TenantId tenant, String name, Capability... capabilities) {
    db.inTenant(
        tenant,
        () -> {
          RoleStore roles = new RoleStore(db.entityManager());
          CustomRole role = new CustomRole(name, Set.of(capabilities));
          roles.persist(role);
          roles.assignExactly(staffId("therapist@example.org"), Set.of(role.id()));
          return null;
        });
  }

  /** As the sign-in sees it: inside the practice, outside any transaction. */
  int timeoutSecondsAt(TenantId tenant) {
    return db.unitOfWork().run(tenant, true, () -> authentication.sessionTimeoutSeconds());
  }
}
