package org.foyer.mail;

import org.foyer.mail.ClientInvitationText.Branding;

/**
 * The words of the emails about a person's own sign-in: a link to choose a new password, the note
 * that no account uses an address, and the notice that sign-in was paused. Plain and as escaped
 * HTML in the practice's colour; nothing about any client or their care.
 */
final class AccountMailText {

  private AccountMailText() {}

  static String resetPlain(String name, Branding brand, String link, String expiry) {
    return "Hello "
        + name
        + ",\n\nSomeone, we hope you, asked to choose a new password for your account at "
        + brand.practice()
        + ".\n\nChoose a new password here:\n"
        + link
        + "\n\nThe link works once, for 30 minutes (until "
        + expiry
        + "). Choosing a new password signs you out on every other device. If you did not ask"
        + " for this, ignore this email: your password stays as it is.\n";
  }

  static String resetHtml(String name, Branding brand, String link, String expiry) {
    return ClientInvitationText.open(brand)
        + "<p>Hello "
        + InvitationText.escape(name)
        + ",</p><p>Someone, we hope you, asked to choose a new password for your account at "
        + InvitationText.escape(brand.practice())
        + ".</p>"
        + ClientInvitationText.button(brand, link, "Choose a new password")
        + "<p>The link works once, for 30 minutes (until "
        + InvitationText.escape(expiry)
        + "). Choosing a new password signs you out on every other device. If you did not ask"
        + " for this, ignore this email: your password stays as it is.</p></body></html>";
  }

  static String unknownPlain(Branding brand, String link) {
    return "Hello,\n\nSomeone asked to choose a new password for an account at "
        + brand.practice()
        + " with this email address, but no account there uses it. If it was you, you may have"
        + " signed up with another address: try that one at\n"
        + link
        + "\nor ask the practice. If it was not you, ignore this email.\n";
  }

  static String unknownHtml(Branding brand, String link) {
    return ClientInvitationText.open(brand)
        + "<p>Hello,</p><p>Someone asked to choose a new password for an account at "
        + InvitationText.escape(brand.practice())
        + " with this email address, but no account there uses it. If it was you, you may have"
        + " signed up with another address: try that one, or ask the practice. If it was not you,"
        + " ignore this email.</p>"
        + ClientInvitationText.button(brand, link, "Try another address")
        + "</body></html>";
  }

  static String pausedPlain(String name, Branding brand, String link, String until) {
    return "Hello "
        + name
        + ",\n\nSeveral wrong passwords were tried for your account at "
        + brand.practice()
        + ", so sign-in from that network is paused until "
        + until
        + ". You can still sign in from devices you have signed in with before.\n\n"
        + "If this was not you, nothing was changed and your password was not revealed. To be"
        + " safe, choose a new password here:\n"
        + link
        + "\n";
  }

  static String pausedHtml(String name, Branding brand, String link, String until) {
    return ClientInvitationText.open(brand)
        + "<p>Hello "
        + InvitationText.escape(name)
        + ",</p><p>Several wrong passwords were tried for your account at "
        + InvitationText.escape(brand.practice())
        + ", so sign-in from that network is paused until "
        + InvitationText.escape(until)
        + ". You can still sign in from devices you have signed in with before.</p>"
        + "<p>If this was not you, nothing was changed and your password was not revealed. To be"
        + " safe, choose a new password.</p>"
        + ClientInvitationText.button(brand, link, "Choose a new password")
        + "</body></html>";
  }
}
