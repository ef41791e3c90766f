package org.foyer.core.mail.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Delivery through the configured SMTP server (Jakarta Mail). Every network step has a timeout, so
 * a hanging server cannot hold a claimed message past its lease (see {@code OutboxSender}).
 */
public class SmtpMailer implements Mailer {

  /** Per connect, read and write; three of them stay far below the sender's lease. */
  static final int TIMEOUT_MILLIS = 30_000;

  private final MailSettings settings;
  private final Session session;

  public SmtpMailer(MailSettings settings) {
    this.settings = settings;
    String host =
        settings
            .smtpHost()
            .orElseThrow(() -> new IllegalArgumentException("SMTP delivery needs FOYER_SMTP_HOST"));
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    properties.put("mail.smtp.auth", String.valueOf(settings.smtpUsername().isPresent()));
    // When STARTTLS is asked for it is required: never fall back to sending in the clear.
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
    this.session = Session.getInstance(properties);
  }

  @Override
  public void send(MailEnvelope envelope) {
    try {
      MimeMessage message = new StableIdMessage(session, messageId(envelope));
      message.setFrom(new InternetAddress(settings.from(), true));
      message.setRecipient(
          Message.RecipientType.TO, new InternetAddress(envelope.recipient(), true));
      message.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
      if (envelope.html().isPresent()) {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(envelope.text(), "plain"));
        alternatives.addBodyPart(part(envelope.html().get(), "html"));
        message.setContent(alternatives);
      } else {
        message.setText(envelope.text(), StandardCharsets.UTF_8.name());
      }
      message.saveChanges();
      if (settings.smtpUsername().isPresent()) {
        Transport.send(message, settings.smtpUsername().get(), settings.smtpPassword());
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new MailDeliveryFailure(describe(e), e);
    }
  }

  /** {@code <outbox-row-id@sending-domain>}: the same for every attempt at one message. */
  String messageId(MailEnvelope envelope) {
    String from = settings.from();
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "foyer.invalid" : from.substring(at + 1).replaceAll("[>\\s]", "");
    return "<" + envelope.key() + "@" + (domain.isEmpty() ? "foyer.invalid" : domain) + ">";
  }

  /** Jakarta Mail invents a new Message-ID in saveChanges(); this one keeps the given one. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, StandardCharsets.UTF_8.name(), subtype);
    return part;
  }

  /** The failure's kind and the server's or network's words, not the message's content. */
  static String describe(MessagingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = root.getMessage() == null ? "" : ": " + root.getMessage();
    return "SMTP delivery failed (" + root.getClass().getSimpleName() + detail + ")";
  }
}
