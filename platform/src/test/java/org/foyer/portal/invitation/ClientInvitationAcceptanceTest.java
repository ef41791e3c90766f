package org.foyer.portal.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.portal.account.PortalAccountStatus;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepting a client invitation: the link first, then the password policy, then consent. */
class ClientInvitationAcceptanceTest {

  static final String GOOD = "quiet-meadow-kettle-41";

  SamplePortal portal;
  final PasswordHash hashes = new PasswordHash(1000);
  UUID account;
  String token;

  @BeforeEach
  void invite() {
    portal = new SamplePortal();
    account =
        portal
            .in(
                () ->
                    portal
                        .invitations()
                        .invite(
                            portal.inviter,
                            portal.adult,
                            "jordan.avery@example.org",
                            Relationship.SELF))
            .portalAccountId();
    token = portal.lastToken();
  }

  ClientInvitationAcceptance acceptance() {
    return new ClientInvitationAcceptance(portal.invitations(), new PasswordPolicy(), hashes);
  }

  PortalLogin accept(String link, String password, String again) {
    return portal.in(
        () ->
            acceptance()
                .accept(
                    link,
                    "Jordan",
                    password.toCharArray(),
                    again.toCharArray(),
                    portal.consentShown()));
  }

  PortalAccount stored() {
    return portal.in(() -> SamplePortal.db.entityManager().find(PortalAccount.class, account));
  }

  @Test
  void aGoodPasswordActivatesTheLoginWithAVerifiableHashAndConsent() {
    accept(token, GOOD, GOOD);
    PortalAccount after = stored();
    assertThat(after.status()).isEqualTo(PortalAccountStatus.ACTIVE);
    assertThat(after.displayName()).isEqualTo("Jordan");
    assertThat(hashes.verify(GOOD.toCharArray(), after.passwordHash().orElseThrow())).isTrue();
    assertThat(portal.in(() -> portal.consent.isOwed(account))).isFalse();
  }

  @Test
  void aWeakOrMismatchedPasswordIsRefusedAndNothingChanges() {
    assertThatThrownBy(() -> accept(token, "jordan.avery", "jordan.avery"))
        .isInstanceOfSatisfying(
            WeakPassword.class,
            weak ->
                assertThat(weak.problems())
                    .contains("Don't include your email address in the password."));
    assertThatThrownBy(() -> accept(token, "short", "short"))
        .isInstanceOf(WeakPassword.class)
        .hasMessageContaining("at least 12 characters");
    assertThatThrownBy(() -> accept(token, GOOD, GOOD + "x"))
        .isInstanceOf(WeakPassword.class)
        .hasMessageContaining("not the same");
    assertThat(stored().status()).isEqualTo(PortalAccountStatus.INVITED);
    assertThat(portal.in(() -> portal.consent.isOwed(account))).isTrue();
    accept(token, GOOD, GOOD);
  }

  @Test
  void theLinkIsCheckedBeforeThePasswordAndTheArraysAreCleared() {
    char[] password = "x".toCharArray();
    char[] again = "y".toCharArray();
    String forged = InvitationToken.issue().value();
    assertThatThrownBy(
            () ->
                portal.in(
                    () ->
                        acceptance()
                            .accept(forged, "Jordan", password, again, portal.consentShown())))
        .isInstanceOf(InvitationRefused.class)
        .hasMessageContaining("not valid");
    assertThat(password).containsOnly('\0');
    assertThat(again).containsOnly('\0');
  }
}
