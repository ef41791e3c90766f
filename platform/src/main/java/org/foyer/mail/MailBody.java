package org.foyer.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.forms.render.SandboxedVelocity;

/**
 * An email's words in order: paragraphs, one action, closing paragraphs. Both bodies are made from
 * the same words (plain text here, HTML from a Velocity template that escapes everything it
 * inserts), so the two can never say different things and no email builds markup by hand.
 *
 * @param opening paragraphs before the action; a paragraph's line breaks are kept
 * @param actionLabel what the button says, and in plain text the line before the link
 */
record MailBody(
    Branding brand, List<String> opening, String actionLabel, String link, List<String> closing) {

  private static final String TEMPLATE = "branded.html.vm";
  private static final SandboxedVelocity LAYOUT =
      SandboxedVelocity.ofResource(MailBody.class, TEMPLATE);

  MailBody {
    opening = List.copyOf(opening);
    closing = List.copyOf(closing);
  }

  /** The email of these words, in both bodies. */
  static OutgoingMail mail(MailKind kind, String recipient, String subject, MailBody body) {
    return new OutgoingMail(kind, recipient, subject, body.plain(), Optional.of(body.html()));
  }

  String plain() {
    StringBuilder text = new StringBuilder();
    opening.forEach(paragraph -> text.append(paragraph.strip()).append("\n\n"));
    text.append(actionLabel).append(":\n").append(link).append('\n');
    closing.forEach(paragraph -> text.append('\n').append(paragraph.strip()).append('\n'));
    return text.toString();
  }

  String html() {
    return LAYOUT.render(
        TEMPLATE,
        Map.of(
            "practice", brand.practice(),
            "colour", brand.colour(),
            "opening", lines(opening),
            "label", actionLabel,
            "link", link,
            "closing", lines(closing)));
  }

  private static List<List<String>> lines(List<String> paragraphs) {
    return paragraphs.stream().map(p -> p.strip().lines().toList()).toList();
  }
}
