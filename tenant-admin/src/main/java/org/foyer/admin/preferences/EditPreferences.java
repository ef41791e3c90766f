package org.foyer.admin.preferences;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/**
 * The "My preferences" page of every staff member: the service types they offer, where they work
 * and which notifications they receive. Choices are the practice's active catalogue entries.
 */
@Named("editPreferences")
@ViewScoped
public class EditPreferences implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffPreferences preferences;
  @Inject transient ServiceTypes serviceTypes;
  @Inject transient Locations locations;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private List<String> serviceTypeIds;
  private List<String> locationIds;
  private List<String> notifications;

  public List<ServiceTypeChoice> getServiceTypes() {
    return serviceTypes.listChoices(callers.get());
  }

  public List<LocationChoice> getLocations() {
    return locations.listChoices(callers.get());
  }

  public List<NotificationKind> getNotificationKinds() {
    return Arrays.asList(NotificationKind.values());
  }

  private void load() {
    if (serviceTypeIds == null) {
      Preferences mine = preferences.getMine(callers.get());
      serviceTypeIds = strings(mine.serviceTypeIds());
      locationIds = strings(mine.locationIds());
      notifications = strings(mine.notifications());
    }
  }

  public void saveServiceTypes() {
    PageMessages.BESIDE_INPUTS.run(
        () -> preferences.chooseServiceTypes(callers.get(), ids(serviceTypeIds)),
        "Your service types are saved");
  }

  public void saveLocations() {
    PageMessages.BESIDE_INPUTS.run(
        () -> preferences.chooseLocations(callers.get(), ids(locationIds)),
        "Your locations are saved");
  }

  public void saveNotifications() {
    PageMessages.BESIDE_INPUTS.run(
        () -> {
          EnumSet<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
          notifications.forEach(name -> on.add(kind(name)));
          preferences.chooseNotifications(callers.get(), on);
        },
        "Your notification choices are saved");
  }

  /** A posted value that is not an id cannot name an entry of this practice. */
  private static List<UUID> ids(List<String> values) {
    try {
      return values.stream().map(UUID::fromString).toList();
    } catch (IllegalArgumentException e) {
      throw new NotFound("That choice");
    }
  }

  private static NotificationKind kind(String name) {
    try {
      return NotificationKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("There is no notification called that");
    }
  }

  private static List<String> strings(Collection<?> values) {
    List<String> list = new ArrayList<>();
    values.forEach(v -> list.add(String.valueOf(v)));
    return list;
  }

  public List<String> getServiceTypeIds() {
    load();
    return serviceTypeIds;
  }

  public void setServiceTypeIds(List<String> serviceTypeIds) {
    this.serviceTypeIds = serviceTypeIds;
  }

  public List<String> getLocationIds() {
    load();
    return locationIds;
  }

  public void setLocationIds(List<String> locationIds) {
    this.locationIds = locationIds;
  }

  public List<String> getNotifications() {
    load();
    return notifications;
  }

  public void setNotifications(List<String> notifications) {
    this.notifications = notifications;
  }
}
