package org.foyer.core.mail.delivery;

/**
 * A message was not accepted by the mail system. The message text describes the problem (server
 * reply, network error) and never the mail's content, since it is stored as the message's last
 * error.
 */
public class MailDeliveryFailure extends RuntimeException {

  public MailDeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
