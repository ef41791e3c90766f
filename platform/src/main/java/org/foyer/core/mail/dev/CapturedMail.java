package org.foyer.core.mail.dev;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.foyer.core.mail.OutboxMessage;

/**
 * One message as the development mail page shows it, with the links found in its text. A class with
 * getters rather than a record: Expression Language 5 (Jakarta EE 10) reads only bean getters.
 */
public final class CapturedMail {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

  private final OutboxMessage message;
  private final List<String> links;

  private CapturedMail(OutboxMessage message) {
    this.message = message;
    this.links = linksIn(message.textBody());
  }

  public static CapturedMail of(OutboxMessage message) {
    return new CapturedMail(message);
  }

  static List<String> linksIn(String text) {
    return LINK.matcher(text).results().map(found -> found.group()).distinct().toList();
  }

  public String getRecipient() {
    return message.recipient();
  }

  public String getSubject() {
    return message.subject();
  }

  /** Where the message stands, in words (the page shows no enum names). */
  public String getStatus() {
    return switch (message.status()) {
      case QUEUED -> "waiting to be sent";
      case SENDING -> "being sent";
      case SENT -> "captured";
      case FAILED -> "failed";
    };
  }

  public Instant getCreatedAt() {
    return message.createdAt();
  }

  public String getText() {
    return message.textBody();
  }

  public List<String> getLinks() {
    return links;
  }
}
