package org.foyer.security.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.staff.boundary.StaffInvitations;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.security.password.TypedPassword;
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
  private final TypedPassword typedPassword = new TypedPassword();

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
    TypedPassword.Typed typed = typedPassword.take();
    try {
      acceptance.accept(token, typed.password(), typed.confirmation());
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

  public TypedPassword getTypedPassword() {
    return typedPassword;
  }
}
