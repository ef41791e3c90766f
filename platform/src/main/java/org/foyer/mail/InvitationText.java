package org.foyer.mail;

/**
 * The words of the staff invitation email, as plain text and as escaped HTML. It says who invited
 * whom to which practice and where to accept, nothing about any client.
 */
final class InvitationText {

  private InvitationText() {}

  static String plain(String name, String inviter, String practice, String link, String expiry) {
    return "Hello "
        + name
        + ",\n\n"
        + inviter
        + " has invited you to join "
        + practice
        + " on Foyer as a member of staff.\n\n"
        + "Accept the invitation and choose your password here:\n"
        + link
        + "\n\nThe link works once, until "
        + expiry
        + ". If you did not expect this invitation, you can ignore this email.\n";
  }

  static String html(String name, String inviter, String practice, String link, String expiry) {
    return "<!DOCTYPE html><html lang=\"en\"><body>"
        + "<p>Hello "
        + escape(name)
        + ",</p><p>"
        + escape(inviter)
        + " has invited you to join <strong>"
        + escape(practice)
        + "</strong> on Foyer as a member of staff.</p>"
        + "<p><a href=\""
        + escape(link)
        + "\">Accept the invitation and choose your password</a></p>"
        + "<p>The link works once, until "
        + escape(expiry)
        + ". If you did not expect this invitation, you can ignore this email.</p>"
        + "</body></html>";
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
