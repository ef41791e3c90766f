package org.foyer.mail;

import java.util.Optional;

/**
 * The words of the client invitation and "profile added" emails, plain and as escaped HTML in the
 * practice's colour. They say that there are forms waiting in the portal and where to go; never
 * whose forms or anything about them.
 */
final class ClientInvitationText {

  /** The practice's branding, as its portal settings give it. */
  record Branding(String practice, String colour, String welcome) {}

  private ClientInvitationText() {}

  static String plain(Optional<String> name, Branding brand, String link, String expiry) {
    return greeting(name)
        + ",\n\n"
        + brand.practice()
        + " has invited you to its secure client portal. There are forms for you to complete"
        + " there before your first appointment.\n\n"
        + welcomePlain(brand)
        + "Accept the invitation and choose your password here:\n"
        + link
        + "\n\nThe link works once, until "
        + expiry
        + ". If you did not expect this invitation, you can ignore this email.\n";
  }

  static String html(Optional<String> name, Branding brand, String link, String expiry) {
    return open(brand)
        + "<p>"
        + InvitationText.escape(greeting(name))
        + ",</p><p>"
        + InvitationText.escape(brand.practice())
        + " has invited you to its secure client portal. There are forms for you to complete"
        + " there before your first appointment.</p>"
        + welcomeHtml(brand)
        + button(brand, link, "Accept the invitation and choose your password")
        + "<p>The link works once, until "
        + InvitationText.escape(expiry)
        + ". If you did not expect this invitation, you can ignore this email.</p>"
        + "</body></html>";
  }

  static String profileAddedPlain(Branding brand, String link) {
    return "Hello,\n\n"
        + brand.practice()
        + " has added a profile to your client portal. Sign in to see it:\n"
        + link
        + "\n";
  }

  static String profileAddedHtml(Branding brand, String link) {
    return open(brand)
        + "<p>Hello,</p><p>"
        + InvitationText.escape(brand.practice())
        + " has added a profile to your client portal.</p>"
        + button(brand, link, "Sign in to the portal")
        + "</body></html>";
  }

  private static String greeting(Optional<String> name) {
    return name.filter(n -> !n.isBlank()).map(n -> "Hello " + n).orElse("Hello");
  }

  private static String welcomePlain(Branding brand) {
    return brand.welcome().isBlank() ? "" : brand.welcome().strip() + "\n\n";
  }

  private static String welcomeHtml(Branding brand) {
    return brand.welcome().isBlank()
        ? ""
        : "<p>" + InvitationText.escape(brand.welcome().strip()).replace("\n", "<br>") + "</p>";
  }

  static String open(Branding brand) {
    return "<!DOCTYPE html><html lang=\"en\"><body>"
        + "<h1 style=\"color:"
        + InvitationText.escape(brand.colour())
        + "\">"
        + InvitationText.escape(brand.practice())
        + "</h1>";
  }

  static String button(Branding brand, String link, String label) {
    return "<p><a style=\"background:"
        + InvitationText.escape(brand.colour())
        + ";color:#ffffff;padding:10px 16px;text-decoration:none;display:inline-block\" href=\""
        + InvitationText.escape(link)
        + "\">"
        + InvitationText.escape(label)
        + "</a></p>";
  }
}
