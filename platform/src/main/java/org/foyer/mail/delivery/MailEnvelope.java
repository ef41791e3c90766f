package org.foyer.mail.delivery;

import java.util.Objects;
import java.util.Optional;

/** What a {@link Mailer} delivers: a snapshot of a claimed message, detached from the database. */
public record MailEnvelope(String recipient, String subject, String text, Optional<String> html) {

  public MailEnvelope {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    html = html == null ? Optional.empty() : html;
  }
}
