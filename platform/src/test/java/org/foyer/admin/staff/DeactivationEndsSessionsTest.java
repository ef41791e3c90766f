package org.foyer.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.boundary.SamplePractice;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.control.StaffSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deactivation ends a member's open sessions at once, through the session check every request makes
 * (StaffSignIn.isCurrent), and stops new sign-ins; reactivation needs a fresh sign-in.
 */
class DeactivationEndsSessionsTest {

  static final String PASSWORD = "copper-willow-lantern-58";

  SamplePractice practice;
  StaffSignIn signIn;
  UUID therapist;
  Caller admin;

  @BeforeEach
  void therapistWithAPassword() {
    practice = new SamplePractice();
    signIn =
        new StaffSignIn(
            SamplePractice.db.entityManager(), SampleKeys.MASTER_KEY, Clock.systemUTC());
    therapist = practice.staff.get(StaffRole.THERAPIST);
    admin = practice.caller(StaffRole.ADMINISTRATOR);
    String hash = new PasswordHash(1000).hash(PASSWORD.toCharArray());
    practice.run(
        () ->
            SamplePractice.db
                .entityManager()
                .find(StaffMember.class, therapist)
                .changePassword(hash));
  }

  SignedIn openSession() {
    StaffMember member = practice.member(therapist);
    return new SignedIn(
        practice.tenant,
        AccountKind.STAFF,
        therapist,
        member.email(),
        member.displayName(),
        Set.of(member.role().name()),
        member.sessionEpoch());
  }

  boolean stillCurrent(SignedIn session) {
    return practice.in(() -> signIn.isCurrent(session));
  }

  boolean canSignIn() {
    String email = practice.member(therapist).email();
    return practice.in(() -> signIn.checkPassword(email, PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void deactivationEndsAnOpenSessionOnItsNextRequest() {
    SignedIn session = openSession();
    assertThat(stillCurrent(session)).isTrue();

    practice.run(() -> practice.administration().deactivate(admin, therapist));

    assertThat(stillCurrent(session)).isFalse();
    assertThat(canSignIn()).isFalse();
    assertThat(practice.callerFor(therapist).capabilities()).isEmpty();
  }

  @Test
  void reactivationAllowsSigningInAgainButNotTheOldSession() {
    SignedIn session = openSession();
    practice.run(() -> practice.administration().deactivate(admin, therapist));
    practice.run(() -> practice.administration().reactivate(admin, therapist));

    assertThat(canSignIn()).isTrue();
    assertThat(stillCurrent(session)).isFalse();
    assertThat(stillCurrent(openSession())).isTrue();
  }

  @Test
  void aRoleChangeKeepsTheSessionAndChangesCapabilitiesAtOnce() {
    SignedIn session = openSession();
    practice.run(
        () ->
            practice
                .administration()
                .assignRoles(admin, therapist, StaffRole.FRONT_DESK, Set.of()));
    assertThat(stillCurrent(session)).isTrue();
    assertThat(practice.callerFor(therapist).can(Capability.MANAGE_DYNAMIC_FORMS)).isFalse();
  }
}
