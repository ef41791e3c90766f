package org.foyer.core.mail.delivery;

/**
 * The mail system outside Foyer. Implementations deliver one message or throw; they never retry,
 * since the outbox owns retries and their pacing.
 */
public interface Mailer {

  /**
   * Hands the message to the mail system.
   *
   * @throws MailDeliveryFailure when it was not accepted; the outbox tries again later
   */
  void send(MailEnvelope envelope);
}
