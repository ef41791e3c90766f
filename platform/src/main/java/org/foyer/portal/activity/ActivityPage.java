package org.foyer.portal.activity;

import java.util.List;
import java.util.OptionalLong;

/** A page of activity, newest first, and where the next (older) page starts if there is one. */
public record ActivityPage(List<ActivityEntry> entries, OptionalLong olderBefore) {

  public boolean hasOlder() {
    return olderBefore.isPresent();
  }
}
