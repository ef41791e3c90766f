package org.foyer.messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.forms.render.Html;

/**
 * A message as HTML for a page: everything the sender typed is escaped first, then web addresses
 * (http and https only) in the escaped text become links. No markup from users ever reaches the
 * page; a {@code javascript:} or {@code data:} address stays text. Bidirectional override and
 * isolate controls are dropped, so a message cannot make its text read backwards; line breaks are
 * kept by the page's stylesheet (white-space: pre-wrap), not by markup.
 */
public final class MessageText {

  /** Escaped text holds no raw quote or angle bracket; an address ends at their entities. */
  private static final Pattern LINK =
      Pattern.compile("https?://(?:(?!&(?:lt|gt|quot|#39);)[^\\s])+", Pattern.CASE_INSENSITIVE);

  private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  /** Punctuation that ends a sentence rather than the address it follows. */
  private static final String TRAILING = ".,;:!?)]}'";

  private MessageText() {}

  /**
   * The text without directional overrides and isolates, for a subject as for a body: a subject
   * shown in a list must not read backwards either.
   */
  public static String withoutBidiControls(String text) {
    return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
  }

  public static String toHtml(String text) {
    if (text == null) {
      return "";
    }
    String escaped = Html.escape(withoutBidiControls(text));
    Matcher links = LINK.matcher(escaped);
    StringBuilder html = new StringBuilder(escaped.length() + 64);
    int from = 0;
    while (links.find()) {
      String address = links.group();
      int end = address.length();
      while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
        end--;
      }
      address = address.substring(0, end);
      html.append(escaped, from, links.start())
          .append("<a href=\"")
          .append(address)
          .append("\" rel=\"noopener noreferrer nofollow\">")
          .append(address)
          .append("</a>");
      from = links.start() + end;
    }
    return html.append(escaped, from, escaped.length()).toString();
  }
}
