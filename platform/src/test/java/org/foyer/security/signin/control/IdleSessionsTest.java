package org.foyer.security.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The idle timeout with pages that poll: polls need the session but never extend it, so a session
 * whose only requests are polls ends at the timeout, and a poll after that does not bring it back.
 * A two-minute timeout stands in for the practice's (5 to 120 minutes).
 */
class IdleSessionsTest {

  static final Instant SIGNED_IN = Instant.parse("2026-12-04T09:00:00Z");
  static final Duration TIMEOUT = Duration.ofMinutes(2);
  static final Duration POLL_EVERY = Duration.ofSeconds(12);

  final Map<String, Object> attributes = new HashMap<>();
  final HttpSession session = session(attributes, (int) TIMEOUT.toSeconds());
  final HttpServletRequest poll = request(true);
  final HttpServletRequest click = request(false);

  @BeforeEach
  void signIn() {
    IdleSessions.started(session, SIGNED_IN);
  }

  @Test
  void aSessionWhoseOnlyRequestsArePollsEndsAtTheTimeout() {
    Instant at = SIGNED_IN;
    while (at.plus(POLL_EVERY).isBefore(SIGNED_IN.plus(TIMEOUT))) {
      at = at.plus(POLL_EVERY);
      assertThat(IdleSessions.idleTooLong(session, poll, at)).as("poll at %s", at).isFalse();
    }

    assertThat(IdleSessions.idleTooLong(session, poll, SIGNED_IN.plus(TIMEOUT))).isTrue();
  }

  @Test
  void aPollAfterTheTimeoutDoesNotReviveTheSession() {
    Instant expired = SIGNED_IN.plus(TIMEOUT).plusSeconds(1);
    assertThat(IdleSessions.idleTooLong(session, poll, expired)).isTrue();

    assertThat(IdleSessions.idleTooLong(session, poll, expired.plus(POLL_EVERY))).isTrue();
    // Nor does a click: the mechanism ends the session at the first refusal; this holds anyway.
    assertThat(IdleSessions.idleTooLong(session, click, expired.plus(POLL_EVERY))).isTrue();
  }

  @Test
  void aClickIsActivityAndRestartsTheClockWhilePollsDoNot() {
    Instant clicked = SIGNED_IN.plus(Duration.ofMinutes(1));
    assertThat(IdleSessions.idleTooLong(session, click, clicked)).isFalse();
    assertThat(IdleSessions.idleTooLong(session, poll, clicked.plusSeconds(90))).isFalse();

    assertThat(IdleSessions.idleTooLong(session, poll, clicked.plus(TIMEOUT).minusMillis(1)))
        .isFalse();
    assertThat(IdleSessions.idleTooLong(session, poll, clicked.plus(TIMEOUT))).isTrue();
  }

  @Test
  void aSessionWithoutTheMarkCountsFromItsCreation() {
    attributes.clear();

    assertThat(IdleSessions.idleTooLong(session, poll, SIGNED_IN.plusSeconds(30))).isFalse();
    assertThat(IdleSessions.idleTooLong(session, poll, SIGNED_IN.plus(TIMEOUT))).isTrue();
  }

  /** Attributes, the timeout and the creation time are all the rule reads of a session. */
  static HttpSession session(Map<String, Object> attributes, int timeoutSeconds) {
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "getMaxInactiveInterval" -> timeoutSeconds;
                  case "getCreationTime" -> SIGNED_IN.toEpochMilli();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  static HttpServletRequest request(boolean poll) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeader")) {
                return poll && IdleSessions.POLL_HEADER.equalsIgnoreCase((String) args[0])
                    ? "1"
                    : null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
