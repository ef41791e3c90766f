package org.foyer.core.mail.delivery;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link Mailer} delivers: a snapshot of a claimed message, detached from the database. The
 * {@code key} is the outbox row's id: every attempt at one message carries the same Message-ID, so
 * a receiver drops the copy a crash between delivery and record made us send again.
 */
public record MailEnvelope(
    UUID key, String recipient, String subject, String text, Optional<String> html) {

  public MailEnvelope {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    html = html == null ? Optional.empty() : html;
  }
}
