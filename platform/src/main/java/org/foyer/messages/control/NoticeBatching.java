package org.foyer.messages.control;

import java.time.Duration;
import java.time.Instant;

/**
 * At most one mail per conversation per recipient per 15 minutes: a lively exchange does not fill
 * an inbox, and the first message after a pause is always told.
 */
public final class NoticeBatching {

  public static final Duration WINDOW = Duration.ofMinutes(15);

  private NoticeBatching() {}

  /**
   * Whether to mail the recipient now.
   *
   * @param lastMailed when they were last mailed about this conversation; null if never
   */
  public static boolean due(Instant lastMailed, Instant now) {
    return lastMailed == null || !now.isBefore(lastMailed.plus(WINDOW));
  }
}
