package org.foyer.security.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.admin.staff.boundary.StaffInvitations;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.security.password.NewPassword;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;

/**
 * Checks the chosen password against the policy (in the context of the invited email and the
 * practice's name), hashes it, and lets the staff service accept the invitation with the hash. The
 * link is checked before the password, so a dead link never invites a password to be typed.
 */
@ApplicationScoped
public class InvitationAcceptance {

  private StaffInvitations invitations;
  private NewPassword newPassword;

  protected InvitationAcceptance() {}

  @Inject
  public InvitationAcceptance(StaffInvitations invitations) {
    this(invitations, new PasswordPolicy(), new PasswordHash());
  }

  public InvitationAcceptance(
      StaffInvitations invitations, PasswordPolicy policy, PasswordHash passwords) {
    this.invitations = invitations;
    this.newPassword = new NewPassword(policy, passwords);
  }

  /**
   * Who the link is for.
   *
   * @throws InvitationRefused when the link is not valid, expired or used
   */
  public StaffInvitations.Invitee check(String token) {
    return invitations.check(token);
  }

  /**
   * Accepts the invitation with the chosen password; the arrays are cleared afterwards.
   *
   * @throws InvitationRefused when the link is not valid, expired or used
   * @throws WeakPassword listing what is wrong with the password, or that the two differ
   */
  public StaffProfile accept(String token, char[] password, char[] confirmation) {
    try {
      StaffInvitations.Invitee invitee = invitations.check(token);
      return invitations.accept(
          token, newPassword.hash(password, confirmation, invitee.email(), invitee.practiceName()));
    } finally {
      NewPassword.clear(password);
      NewPassword.clear(confirmation);
    }
  }
}
