package org.foyer.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.foyer.core.mail.delivery.MailEnvelope;
import org.foyer.core.persistence.TenantOwned;

/**
 * One email in the outbox of a practice. Its life is QUEUED, then SENDING while a sender holds it,
 * then SENT, or back to QUEUED with a later {@code nextAttemptAt} after a failure, and FAILED once
 * the retry policy gives up. An attempt is counted when it is claimed, so a sender that dies in the
 * middle of a delivery still uses one up and a message cannot loop for ever.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends TenantOwned {

  public static final int RECIPIENT_LENGTH = 254;
  public static final int SUBJECT_LENGTH = 200;
  public static final int TEXT_LENGTH = 20_000;
  public static final int HTML_LENGTH = 100_000;
  public static final int ERROR_LENGTH = 500;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private MailKind kind;

  @Column(nullable = false, length = RECIPIENT_LENGTH)
  private String recipient;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "text_body", nullable = false, length = TEXT_LENGTH)
  private String textBody;

  @Column(name = "html_body", length = HTML_LENGTH)
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MessageStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  /** A message due at once. */
  public OutboxMessage(OutgoingMail mail, Instant now) {
    Objects.requireNonNull(mail, "mail");
    this.kind = mail.kind();
    this.recipient = mail.recipient();
    this.subject = mail.subject();
    this.textBody = mail.text();
    this.htmlBody = mail.html().orElse(null);
    this.status = MessageStatus.QUEUED;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.nextAttemptAt = now;
  }

  /**
   * Takes the message for one delivery attempt, held until {@code leaseUntil}: if the sender never
   * reports back (its instance stopped), another sender may claim it again after that. A message
   * whose last allowed attempt was claimed and never reported is given up instead.
   *
   * @return what to deliver, or empty when the message was given up
   */
  public Optional<MailEnvelope> claim(Instant now, Instant leaseUntil, RetryPolicy policy) {
    if (status != MessageStatus.QUEUED && status != MessageStatus.SENDING) {
      throw new IllegalStateException("only queued mail can be claimed, not " + status);
    }
    if (status == MessageStatus.SENDING && policy.isExhausted(attempts)) {
      status = MessageStatus.FAILED;
      lastError = "The last attempt did not finish (the sending instance stopped)";
      return Optional.empty();
    }
    status = MessageStatus.SENDING;
    attempts++;
    nextAttemptAt = leaseUntil;
    return Optional.of(
        new MailEnvelope(id(), recipient, subject, textBody, Optional.ofNullable(htmlBody)));
  }

  /**
   * The sender is still at it: the claim holds until {@code leaseUntil}. A short lease kept alive
   * this way lets a crashed sender's messages go again soon, yet never under a slow live one.
   */
  public void extendLease(Instant leaseUntil) {
    if (status == MessageStatus.SENDING && leaseUntil.isAfter(nextAttemptAt)) {
      nextAttemptAt = leaseUntil;
    }
  }

  /** The mail server accepted the message. */
  public void delivered(Instant now) {
    status = MessageStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /**
   * The attempt failed: queue again after the policy's backoff, or give up when it allows no more.
   *
   * @param error a description without message content (the mail server's reply or the network
   *     problem), shortened to the column
   */
  public void attemptFailed(String error, Instant now, RetryPolicy policy) {
    lastError = shorten(error == null || error.isBlank() ? "Delivery failed" : error);
    if (policy.isExhausted(attempts)) {
      status = MessageStatus.FAILED;
    } else {
      status = MessageStatus.QUEUED;
      nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  private static String shorten(String error) {
    String oneLine = error.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= ERROR_LENGTH
        ? oneLine
        : oneLine.substring(0, ERROR_LENGTH - 1) + "…";
  }

  public MailKind kind() {
    return kind;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public Optional<String> htmlBody() {
    return Optional.ofNullable(htmlBody);
  }

  public MessageStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
