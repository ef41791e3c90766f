package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** The moment a conversation page was made: where its script's first poll starts. */
@Named
@RequestScoped
public class LiveMessages {

  @Inject Clock clock;

  private Instant now;

  /** The same moment however often the page asks for it. */
  public String getNow() {
    if (now == null) {
      now = clock.instant();
    }
    return now.toString();
  }
}
