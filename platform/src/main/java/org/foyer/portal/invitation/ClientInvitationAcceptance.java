package org.foyer.portal.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.consent.ConsentGiven;
import org.foyer.security.password.NewPassword;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;

/**
 * Accepting a client invitation: the link is checked first (a dead link never invites a password to
 * be typed), then the chosen password against the policy, then the invitation service activates the
 * login with the hash and the consent given.
 */
@ApplicationScoped
public class ClientInvitationAcceptance {

  private ClientInvitations invitations;
  private NewPassword newPassword;

  protected ClientInvitationAcceptance() {}

  @Inject
  public ClientInvitationAcceptance(ClientInvitations invitations) {
    this(invitations, new PasswordPolicy(), new PasswordHash());
  }

  public ClientInvitationAcceptance(
      ClientInvitations invitations, PasswordPolicy policy, PasswordHash hashes) {
    this.invitations = invitations;
    this.newPassword = new NewPassword(policy, hashes);
  }

  /**
   * Who the link is for.
   *
   * @throws InvitationRefused when the link is not valid, replaced, expired or used
   */
  public Invitee check(String token) {
    return invitations.check(token);
  }

  /**
   * Accepts the invitation; the password arrays are cleared afterwards.
   *
   * @throws InvitationRefused when the link cannot be used
   * @throws WeakPassword listing what is wrong with the password, or that the two differ
   * @throws org.foyer.core.errors.InvalidInput when the name is missing or the consent outdated
   */
  public PortalLogin accept(
      String token, String displayName, char[] password, char[] confirmation, ConsentGiven given) {
    try {
      Invitee invitee = invitations.check(token);
      String hash =
          newPassword.hash(password, confirmation, invitee.email(), invitee.practiceName());
      return invitations.accept(token, displayName, hash, given);
    } finally {
      NewPassword.clear(password);
      NewPassword.clear(confirmation);
    }
  }
}
