package org.foyer.core.mail.delivery;

import java.util.logging.Logger;

/**
 * Development delivery: nothing leaves the machine. The message stays in the outbox (marked sent),
 * where the development mail page shows it, and one log line names its recipient and subject so a
 * developer sees that mail went out. Production refuses to start without SMTP, so this never runs
 * there.
 */
public class CapturingMailer implements Mailer {

  private static final Logger LOG = Logger.getLogger(CapturingMailer.class.getName());

  @Override
  public void send(MailEnvelope envelope) {
    LOG.info(
        () ->
            "Mail captured (development, not sent) to "
                + envelope.recipient()
                + ": "
                + envelope.subject());
  }
}
