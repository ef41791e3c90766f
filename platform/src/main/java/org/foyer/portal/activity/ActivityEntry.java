package org.foyer.portal.activity;

import java.time.Instant;

/** One line of the activity view: "Dana Okafor" "opened your record" at a time. */
public record ActivityEntry(long seq, Instant when, String who, String what) {

  public String sentence() {
    return who + " " + what;
  }
}
