package org.foyer.security.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.staff.StaffInvitations;
import org.foyer.invitation.InvitationRefused;
import org.foyer.security.password.PasswordPolicy;
import org.foyer.security.password.WeakPassword;

/**
 * The page behind an invitation link ({@code /p/{slug}/staff-invitation?token=...}): shows whose
 * invitation it is, or why the link cannot be used, and takes the new password.
 */
@Named("staffInvitation")
@ViewScoped
public class StaffInvitationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InvitationAcceptance acceptance;

  private String token;
  private StaffInvitations.Invitee invitee;
  private String refusal;
  private boolean accepted;
  private String password;
  private String confirmation;

  /** Runs once the token parameter is set (f:viewAction), before anything is shown. */
  public void load() {
    if (invitee != null || refusal != null) {
      return;
    }
    try {
      invitee = acceptance.check(token);
    } catch (InvitationRefused e) {
      refusal = e.getMessage();
    }
  }

  public void accept() {
    char[] chosen = password == null ? new char[0] : password.toCharArray();
    char[] again = confirmation == null ? new char[0] : confirmation.toCharArray();
    password = null;
    confirmation = null;
    try {
      acceptance.accept(token, chosen, again);
      accepted = true;
    } catch (InvitationRefused e) {
      refusal = e.getMessage();
      invitee = null;
    } catch (WeakPassword e) {
      e.problems().forEach(problem -> PageMessages.error("password", problem));
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public StaffInvitations.Invitee getInvitee() {
    return invitee;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public int getMinLength() {
    return PasswordPolicy.DEFAULT_MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }
}
