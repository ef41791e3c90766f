package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.foyer.security.throttle.SignInThrottle;

/** One throttle per instance; its counts are in memory (see {@link SignInThrottle}). */
@ApplicationScoped
public class SignInThrottleProducer {

  @Produces
  @Singleton
  SignInThrottle throttle(Clock clock) {
    return new SignInThrottle(clock);
  }
}
