package org.foyer.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.core.runtime.PeriodicWork;

/** The {@link OutboxSender}'s runs; SKIP LOCKED claims keep instances apart. */
@ApplicationScoped
public class OutboxSchedule implements PeriodicWork {

  @Inject OutboxSender sender;

  @Inject
  @ConfigProperty(name = "foyer.mail.poll.seconds", defaultValue = "10")
  long pollSeconds;

  @Override
  public String name() {
    return "Mail outbox sender";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }

  @Override
  public void runOnce() {
    sender.sendDue();
  }
}
