package org.foyer.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock services are given in production: UTC, so a stored instant never depends on the
 * server's zone (pages convert to the practice's zone). Services take a {@link Clock} in their one
 * constructor, so a test passes a fixed or moving clock through the same path production uses.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
