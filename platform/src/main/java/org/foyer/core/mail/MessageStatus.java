package org.foyer.core.mail;

/** Where a queued message stands; stored by name. */
public enum MessageStatus {
  /** Waiting for its next attempt ({@code next_attempt_at}). */
  QUEUED,
  /** Claimed by a sender, which holds it until {@code next_attempt_at} (its lease). */
  SENDING,
  /** Accepted by the mail server (or captured in development). */
  SENT,
  /** Given up after the last allowed attempt; stays visible with its last error. */
  FAILED
}
