package org.foyer.core.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.core.errors.InvalidInput;

/**
 * A message a feature asks the outbox to send. Checked on construction so that nothing reaches the
 * mail server that could add headers (line breaks) or extra recipients (lists of addresses).
 *
 * <p>Bodies must never carry health information: they tell the reader there is something waiting in
 * the portal, and the portal shows it after sign-in.
 *
 * @param html an optional HTML alternative of the text body, already escaped by its author
 */
public record OutgoingMail(
    MailKind kind, String recipient, String subject, String text, Optional<String> html) {

  /** One address, no display name, no list: a local part, an at sign and a dotted domain. */
  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s,;:<>()\\[\\]\"\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");

  public OutgoingMail {
    Objects.requireNonNull(kind, "kind");
    html = html == null ? Optional.empty() : html;
    Map<String, String> problems = new LinkedHashMap<>();
    if (recipient == null
        || recipient.length() > OutboxMessage.RECIPIENT_LENGTH
        || !ADDRESS.matcher(recipient).matches()) {
      problems.put(
          "recipient",
          "The recipient must be one email address of at most "
              + OutboxMessage.RECIPIENT_LENGTH
              + " characters");
    }
    if (subject == null
        || subject.isBlank()
        || subject.length() > OutboxMessage.SUBJECT_LENGTH
        || LINE_BREAK.matcher(subject).find()) {
      problems.put(
          "subject",
          "The subject must be one line of 1 to " + OutboxMessage.SUBJECT_LENGTH + " characters");
    }
    if (text == null || text.isBlank() || text.length() > OutboxMessage.TEXT_LENGTH) {
      problems.put("text", "The text must have 1 to " + OutboxMessage.TEXT_LENGTH + " characters");
    }
    if (html.map(h -> h.isBlank() || h.length() > OutboxMessage.HTML_LENGTH).orElse(false)) {
      problems.put(
          "html",
          "The HTML body, when given, must have 1 to " + OutboxMessage.HTML_LENGTH + " characters");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("The email cannot be queued", problems);
    }
  }

  /** A plain-text message. */
  public static OutgoingMail text(MailKind kind, String recipient, String subject, String text) {
    return new OutgoingMail(kind, recipient, subject, text, Optional.empty());
  }
}
