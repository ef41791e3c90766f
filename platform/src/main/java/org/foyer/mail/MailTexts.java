package org.foyer.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of every email Foyer sends about accounts and invitations. They say who, which practice
 * and where to go; never anything about a client or their care, since mail is not a secure channel.
 */
final class MailTexts {

  private static final String UNEXPECTED =
      "If you did not expect this invitation, you can ignore this email.";

  private MailTexts() {}

  static MailBody staffInvitation(
      String name, String inviter, Branding brand, String link, String expiry) {
    return new MailBody(
        brand,
        List.of(
            "Hello " + name + ",",
            inviter
                + " has invited you to join "
                + brand.practice()
                + " on Foyer as a member of staff."),
        "Accept the invitation and choose your password",
        link,
        List.of("The link works once, until " + expiry + ". " + UNEXPECTED));
  }

  static MailBody clientInvitation(
      Optional<String> name, Branding brand, String link, String expiry) {
    List<String> opening = new ArrayList<>();
    opening.add(name.filter(n -> !n.isBlank()).map(n -> "Hello " + n).orElse("Hello") + ",");
    opening.add(
        brand.practice()
            + " has invited you to its secure client portal. There are forms for you to complete"
            + " there before your first appointment.");
    if (!brand.welcome().isBlank()) {
      opening.add(brand.welcome());
    }
    return new MailBody(
        brand,
        opening,
        "Accept the invitation and choose your password",
        link,
        List.of("The link works once, until " + expiry + ". " + UNEXPECTED));
  }

  static MailBody profileAdded(Branding brand, String link) {
    return new MailBody(
        brand,
        List.of("Hello,", brand.practice() + " has added a profile to your client portal."),
        "Sign in to the portal",
        link,
        List.of());
  }

  static MailBody passwordReset(String name, Branding brand, String link, String expiry) {
    return new MailBody(
        brand,
        List.of(
            "Hello " + name + ",",
            "Someone, we hope you, asked to choose a new password for your account at "
                + brand.practice()
                + "."),
        "Choose a new password",
        link,
        List.of(
            "The link works once, for 30 minutes (until "
                + expiry
                + "). Choosing a new password signs you out on every other device. If you did"
                + " not ask for this, ignore this email: your password stays as it is."));
  }

  static MailBody resetForUnknownEmail(Branding brand, String link) {
    return new MailBody(
        brand,
        List.of(
            "Hello,",
            "Someone asked to choose a new password for an account at "
                + brand.practice()
                + " with this email address, but no account there uses it. If it was you, you may"
                + " have signed up with another address: try that one, or ask the practice. If it"
                + " was not you, ignore this email."),
        "Try another address",
        link,
        List.of());
  }

  static MailBody signInPaused(String name, Branding brand, String link, String until) {
    return new MailBody(
        brand,
        List.of(
            "Hello " + name + ",",
            "Several wrong passwords were tried for your account at "
                + brand.practice()
                + ", so sign-in from that network is paused until "
                + until
                + ". You can still sign in from devices you have signed in with before.",
            "If this was not you, nothing was changed and your password was not revealed. To be"
                + " safe, choose a new password."),
        "Choose a new password",
        link,
        List.of());
  }

  /** Says only that there is a message and from which practice: never who wrote or what. */
  static MailBody newMessage(Branding brand, String link) {
    return new MailBody(
        brand,
        List.of(
            "Hello,",
            "You have a new message from "
                + brand.practice()
                + " in your secure portal. For your privacy this email does not say more."),
        "Sign in to read it",
        link,
        List.of("Please do not reply to this email: answers are read only in the portal."));
  }
}
