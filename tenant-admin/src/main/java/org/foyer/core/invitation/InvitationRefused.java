package org.foyer.core.invitation;

import org.foyer.core.errors.BusinessException;

/** An invitation link that cannot be used, with a message telling the person what to do. */
public class InvitationRefused extends BusinessException {

  private final Reason reason;

  public InvitationRefused(Reason reason) {
    super(reason.message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String title() {
    return "Invitation not usable";
  }

  /**
   * Why. Forged and mistyped links read as not valid, so nothing is revealed about which tokens
   * exist; a replaced link is only told apart where its invitation is kept (client invitations).
   */
  public enum Reason {
    NOT_VALID(
        "This invitation link is not valid. Open the whole link from your email, or ask your"
            + " practice for a new invitation."),
    EXPIRED("This invitation has expired. Ask your practice to send a new one."),
    REPLACED(
        "A newer invitation was sent to you, so this link no longer works. Open the link in the"
            + " most recent invitation email from your practice."),
    USED(
        "This invitation has already been used. Sign in with the password you chose, or ask"
            + " your practice for a new invitation.");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }
}
