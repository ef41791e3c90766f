package org.foyer.admin.preferences;

import java.util.Collection;
import java.util.List;

/**
 * A staff member's preferences as the API shows them: ids and notification names as text, each list
 * sorted by that text so the answer does not depend on set order.
 */
public record PreferencesView(
    List<String> serviceTypeIds, List<String> locationIds, List<String> notifications) {

  static PreferencesView of(Preferences mine) {
    return new PreferencesView(
        sorted(mine.serviceTypeIds()), sorted(mine.locationIds()), sorted(mine.notifications()));
  }

  private static List<String> sorted(Collection<?> values) {
    return values.stream().map(String::valueOf).sorted().toList();
  }
}
