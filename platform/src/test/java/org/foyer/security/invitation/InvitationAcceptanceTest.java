package org.foyer.security.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.foyer.admin.staff.boundary.SamplePractice;
import org.foyer.admin.staff.boundary.StaffInvitations;
import org.foyer.admin.staff.entity.StaffInvitation;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.core.access.Caller;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepting a staff invitation: the link first, then the password policy, then the hash. */
class InvitationAcceptanceTest {

  static final String GOOD = "quiet-meadow-kettle-41";

  SamplePractice practice;
  StaffMember invited;
  String token;
  final PasswordHash hashes = new PasswordHash(1000);

  @BeforeEach
  void invite() {
    practice = new SamplePractice();
    Caller admin = practice.caller(StaffRole.ADMINISTRATOR);
    invited =
        practice.in(
            () ->
                practice
                    .administration()
                    .invite(
                        admin, "noor.haddad@example.org", "Noor", StaffRole.THERAPIST, Set.of()));
    token = practice.lastToken();
  }

  InvitationAcceptance acceptance() {
    return new InvitationAcceptance(practice.invitationService(), new PasswordPolicy(), hashes);
  }

  @Test
  void aGoodPasswordActivatesTheMemberWithAVerifiableHash() {
    practice.run(() -> acceptance().accept(token, GOOD.toCharArray(), GOOD.toCharArray()));
    StaffMember after = practice.member(invited.id());
    assertThat(after.status()).isEqualTo(StaffStatus.ACTIVE);
    assertThat(hashes.verify(GOOD.toCharArray(), after.passwordHash().orElseThrow())).isTrue();
  }

  @Test
  void aWeakPasswordIsRefusedWithEveryProblemAndTheLinkStaysUsable() {
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        acceptance()
                            .accept(
                                token, "noor.haddad".toCharArray(), "noor.haddad".toCharArray())))
        .isInstanceOf(WeakPassword.class)
        .satisfies(
            e ->
                assertThat(((WeakPassword) e).problems())
                    .contains(
                        "Use at least 12 characters.",
                        "Don't include your email address in the password."));
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        acceptance()
                            .accept(
                                token,
                                "harbortherapy-2026".toCharArray(),
                                "harbortherapy-2026".toCharArray())))
        .isInstanceOf(WeakPassword.class)
        .hasMessageContaining("practice's name");
    assertThat(practice.member(invited.id()).status()).isEqualTo(StaffStatus.INVITED);
    practice.run(() -> acceptance().accept(token, GOOD.toCharArray(), GOOD.toCharArray()));
  }

  @Test
  void twoDifferentPasswordsAreRefused() {
    assertThatThrownBy(
            () ->
                practice.run(
                    () ->
                        acceptance().accept(token, GOOD.toCharArray(), (GOOD + "x").toCharArray())))
        .isInstanceOf(WeakPassword.class)
        .hasMessageContaining("not the same");
  }

  @Test
  void theLinkIsCheckedBeforeThePassword() {
    String forged = InvitationToken.issue().value();
    assertThatThrownBy(
            () ->
                practice.run(
                    () -> acceptance().accept(forged, "x".toCharArray(), "y".toCharArray())))
        .isInstanceOf(InvitationRefused.class)
        .hasMessageContaining("not valid");
  }

  @Test
  void aUsedOrExpiredLinkIsRefused() {
    practice.run(() -> acceptance().accept(token, GOOD.toCharArray(), GOOD.toCharArray()));
    assertThatThrownBy(
            () ->
                practice.run(
                    () -> acceptance().accept(token, GOOD.toCharArray(), GOOD.toCharArray())))
        .isInstanceOf(InvitationRefused.class)
        .hasMessageContaining("already been used");

    SamplePractice later = new SamplePractice();
    later.run(
        () ->
            later
                .administration()
                .invite(
                    later.caller(StaffRole.ADMINISTRATOR),
                    "late@example.org",
                    "Late",
                    StaffRole.BILLER,
                    Set.of()));
    String lateToken = later.lastToken();
    later.clock = Clock.fixed(SamplePractice.START.plus(StaffInvitation.VALIDITY), ZoneOffset.UTC);
    assertThatThrownBy(
            () ->
                later.run(
                    () ->
                        new InvitationAcceptance(
                                later.invitationService(), new PasswordPolicy(), hashes)
                            .accept(lateToken, GOOD.toCharArray(), GOOD.toCharArray())))
        .isInstanceOf(InvitationRefused.class)
        .hasMessageContaining("expired");
  }

  @Test
  void thePasswordArraysAreClearedAfterUse() {
    char[] password = GOOD.toCharArray();
    char[] confirmation = GOOD.toCharArray();
    practice.run(() -> acceptance().accept(token, password, confirmation));
    assertThat(new String(password)).isEqualTo("\0".repeat(GOOD.length()));
    assertThat(new String(confirmation)).isEqualTo("\0".repeat(GOOD.length()));
  }

  @Test
  void checkNamesTheInviteeAndPractice() {
    StaffInvitations.Invitee invitee = practice.in(() -> acceptance().check(token));
    assertThat(invitee.email()).isEqualTo("noor.haddad@example.org");
    assertThat(invitee.displayName()).isEqualTo("Noor");
    assertThat(invitee.practiceName()).isEqualTo("Harbor Therapy");
  }
}
