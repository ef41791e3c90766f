package org.foyer.admin.preferences;

import java.util.Set;
import java.util.UUID;

/** One staff member's preferences as they stand. */
public record Preferences(
    UUID staffId,
    Set<UUID> serviceTypeIds,
    Set<UUID> locationIds,
    Set<NotificationKind> notifications) {

  public Preferences {
    serviceTypeIds = Set.copyOf(serviceTypeIds);
    locationIds = Set.copyOf(locationIds);
    notifications = Set.copyOf(notifications);
  }
}
