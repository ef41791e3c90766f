package org.foyer.security.signin.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * The practice's idle timeout, kept by Foyer rather than only by the container. The container
 * counts every request as activity, so a page polling for new messages would keep a session alive
 * forever on a phone left on a table. Requests marked with {@value #POLL_HEADER} still need the
 * session, but do not count: the session ends when the person has done nothing for the timeout (the
 * session's max inactive interval, set at sign-in from the practice's setting), however many polls
 * came in between, and a poll after that finds it ended.
 */
public final class IdleSessions {

  /** Sent by pages' scripts on requests that nobody asked for by hand. */
  public static final String POLL_HEADER = "X-Foyer-Poll";

  static final String LAST_ACTIVITY = IdleSessions.class.getName() + ".lastActivity";

  private IdleSessions() {}

  /** Starts the idle clock at sign-in. */
  public static void started(HttpSession session, Instant now) {
    session.setAttribute(LAST_ACTIVITY, now.toEpochMilli());
  }

  /**
   * Whether the signed-in session has been idle past its timeout by {@code now}; when not, a
   * request that is not a poll counts as activity.
   */
  public static boolean idleTooLong(HttpSession session, HttpServletRequest request, Instant now) {
    int timeoutSeconds = session.getMaxInactiveInterval();
    Object last = session.getAttribute(LAST_ACTIVITY);
    // A session from before this attribute existed has been active since it was created.
    long lastMillis = last instanceof Long millis ? millis : session.getCreationTime();
    if (timeoutSeconds > 0 && now.toEpochMilli() - lastMillis >= timeoutSeconds * 1000L) {
      return true;
    }
    if (!isPoll(request)) {
      session.setAttribute(LAST_ACTIVITY, now.toEpochMilli());
    }
    return false;
  }

  public static boolean isPoll(HttpServletRequest request) {
    return request.getHeader(POLL_HEADER) != null;
  }
}
