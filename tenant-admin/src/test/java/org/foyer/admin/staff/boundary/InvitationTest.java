package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.foyer.admin.staff.entity.StaffInvitation;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;
import org.foyer.core.access.Caller;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationRefused.Reason;
import org.foyer.core.invitation.InvitationToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff invitations: single use, expiring, replaced by a re-invite, and never forgeable. */
class InvitationTest {

  SamplePractice practice;
  Caller admin;
  StaffMember invited;

  @BeforeEach
  void inviteATherapist() {
    practice = new SamplePractice();
    admin = practice.caller(StaffRole.ADMINISTRATOR);
    invited =
        practice.in(
            () ->
                practice
                    .administration()
                    .invite(
                        admin, " Noor@Example.org ", "Noor Haddad", StaffRole.THERAPIST, Set.of()));
  }

  @Test
  void invitingCreatesAnInvitedMemberAndFiresTheEmailEvent() {
    assertThat(invited.status()).isEqualTo(StaffStatus.INVITED);
    assertThat(invited.email()).isEqualTo("noor@example.org");
    StaffInvited event = practice.invitations.last();
    assertThat(event.tenant()).isEqualTo(practice.tenant);
    assertThat(event.email()).isEqualTo("noor@example.org");
    assertThat(event.practiceName()).isEqualTo("Harbor Therapy");
    assertThat(event.acceptPath()).startsWith("/p/" + practice.slug + "/staff-invitation?token=");
    assertThat(event.expiresAt()).isEqualTo(SamplePractice.START.plus(Duration.ofDays(7)));
    assertThat(practice.staffChanges.last().change()).isEqualTo(StaffChanged.Change.STAFF_INVITED);
  }

  @Test
  void onlyTheTokensHashIsStored() {
    String token = practice.lastToken();
    StaffInvitation stored =
        practice.in(
            () ->
                SamplePractice.db
                    .entityManager()
                    .createQuery("SELECT i FROM StaffInvitation i", StaffInvitation.class)
                    .getSingleResult());
    String column =
        practice.in(
            () ->
                SamplePractice.db
                    .entityManager()
                    .createQuery(
                        "SELECT i.tokenHash FROM StaffInvitation i WHERE i.id = :id", String.class)
                    .setParameter("id", stored.id())
                    .getSingleResult());
    assertThat(column).hasSize(64).isEqualTo(new InvitationToken(token).hash()).isNotEqualTo(token);
  }

  @Test
  void acceptingSetsThePasswordAndActivates() {
    StaffInvitations.Invitee invitee =
        practice.in(() -> practice.invitationService().check(practice.lastToken()));
    assertThat(invitee.email()).isEqualTo("noor@example.org");
    assertThat(invitee.practiceName()).isEqualTo("Harbor Therapy");

    practice.run(() -> practice.invitationService().accept(practice.lastToken(), "new-hash"));

    StaffMember after = practice.member(invited.id());
    assertThat(after.status()).isEqualTo(StaffStatus.ACTIVE);
    assertThat(after.passwordHash()).contains("new-hash");
    assertThat(practice.staffChanges.last().change())
        .isEqualTo(StaffChanged.Change.STAFF_INVITATION_ACCEPTED);
  }

  @Test
  void aUsedInvitationIsRefused() {
    String token = practice.lastToken();
    practice.run(() -> practice.invitationService().accept(token, "first-hash"));

    assertRefused(() -> practice.invitationService().accept(token, "second-hash"), Reason.USED);
    assertRefused(() -> practice.invitationService().check(token), Reason.USED);
    assertThat(practice.member(invited.id()).passwordHash()).contains("first-hash");
  }

  @Test
  void anExpiredInvitationIsRefused() {
    String token = practice.lastToken();
    practice.clock =
        Clock.fixed(SamplePractice.START.plus(StaffInvitation.VALIDITY), ZoneOffset.UTC);
    assertRefused(() -> practice.invitationService().accept(token, "hash"), Reason.EXPIRED);
    assertThat(practice.member(invited.id()).status()).isEqualTo(StaffStatus.INVITED);
  }

  @Test
  void anInvitationIsUsableUntilJustBeforeItExpires() {
    String token = practice.lastToken();
    practice.clock =
        Clock.fixed(
            SamplePractice.START.plus(StaffInvitation.VALIDITY).minusSeconds(1), ZoneOffset.UTC);
    practice.run(() -> practice.invitationService().accept(token, "hash"));
    assertThat(practice.member(invited.id()).status()).isEqualTo(StaffStatus.ACTIVE);
  }

  @Test
  void aForgedTokenOfTheRightShapeIsRefused() {
    String forged = InvitationToken.issue().value();
    assertRefused(() -> practice.invitationService().accept(forged, "hash"), Reason.NOT_VALID);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "short",
        "' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "<script>alert(1)</script>aaaaaaaaaaaaaaaaaaa"
      })
  void malformedTokensAreRefusedAsNotValid(String token) {
    assertRefused(() -> practice.invitationService().check(token), Reason.NOT_VALID);
  }

  @Test
  void anOversizedTokenIsRefusedAsNotValid() {
    String huge = "A".repeat(1_000_000);
    assertRefused(() -> practice.invitationService().check(huge), Reason.NOT_VALID);
  }

  @Test
  void reInvitingReplacesTheOldLink() {
    String first = practice.lastToken();
    practice.run(() -> practice.administration().reinvite(admin, invited.id()));
    String second = practice.lastToken();

    assertThat(second).isNotEqualTo(first);
    assertThat(practice.invitations.fired()).hasSize(2);
    assertRefused(() -> practice.invitationService().check(first), Reason.NOT_VALID);
    practice.run(() -> practice.invitationService().accept(second, "hash"));
    assertThat(practice.member(invited.id()).status()).isEqualTo(StaffStatus.ACTIVE);
  }

  @Test
  void onlyInvitedMembersCanBeReInvited() {
    practice.run(() -> practice.invitationService().accept(practice.lastToken(), "hash"));
    assertThatThrownBy(
            () -> practice.run(() -> practice.administration().reinvite(admin, invited.id())))
        .isInstanceOf(org.foyer.core.errors.Conflict.class)
        .hasMessageContaining("not waiting for an invitation");
  }

  @Test
  void deactivatingAnInvitedMemberWithdrawsTheLink() {
    String token = practice.lastToken();
    practice.run(() -> practice.administration().deactivate(admin, invited.id()));
    assertRefused(() -> practice.invitationService().accept(token, "hash"), Reason.NOT_VALID);
  }

  @Test
  void anotherPracticesLinkIsNotValidHere() {
    String token = practice.lastToken();
    SamplePractice other = new SamplePractice();
    assertThatThrownBy(() -> other.run(() -> other.invitationService().accept(token, "hash")))
        .isInstanceOf(InvitationRefused.class)
        .extracting(e -> ((InvitationRefused) e).reason())
        .isEqualTo(Reason.NOT_VALID);
    assertThat(practice.member(invited.id()).status()).isEqualTo(StaffStatus.INVITED);
  }

  @Test
  void refusalMessagesTellThePersonWhatToDo() {
    assertThat(Reason.EXPIRED.message()).contains("expired").contains("new one");
    assertThat(Reason.USED.message()).contains("already been used");
    assertThat(Reason.NOT_VALID.message()).contains("not valid");
  }

  private void assertRefused(Runnable attempt, Reason reason) {
    assertThatThrownBy(() -> practice.run(attempt))
        .isInstanceOf(InvitationRefused.class)
        .hasMessage(reason.message())
        .extracting(e -> ((InvitationRefused) e).reason())
        .isEqualTo(reason);
  }
}
