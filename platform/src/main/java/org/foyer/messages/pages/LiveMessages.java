package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** The moment a conversation page was made: where its script's first poll starts. */
@Named
@RequestScoped
public class LiveMessages {

  private final Instant now = Clock.systemUTC().instant();

  public String getNow() {
    return now.toString();
  }
}
