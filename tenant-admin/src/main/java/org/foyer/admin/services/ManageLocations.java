package org.foyer.admin.services;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.pages.PageMessages;

/**
 * The locations page: offices with their address, and telehealth. The service checks "Manage
 * service types and locations" on every action.
 */
@Named("manageLocations")
@ViewScoped
public class ManageLocations implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Locations locations;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private transient List<Location> list;
  private UUID editedId;
  private String name;
  private LocationKind kind = LocationKind.OFFICE;
  private String address;

  public List<Location> getLocations() {
    if (list == null && !isAllowed()) {
      return List.of();
    }
    if (list == null) {
      list = locations.listLocations(callers.get(), true);
    }
    return list;
  }

  public List<LocationKind> getKinds() {
    return Arrays.asList(LocationKind.values());
  }

  public void edit(Location location) {
    editedId = location.id();
    name = location.name();
    kind = location.kind();
    address = location.address().orElse("");
  }

  public void clear() {
    editedId = null;
    name = null;
    kind = LocationKind.OFFICE;
    address = null;
  }

  public void save() {
    Location.Details details =
        new Location.Details(name, kind, kind == LocationKind.TELEHEALTH ? null : address);
    boolean saved =
        PageMessages.BESIDE_INPUTS.run(
            () -> {
              if (editedId == null) {
                locations.addLocation(callers.get(), details);
              } else {
                locations.reviseLocation(callers.get(), editedId, details);
              }
            },
            "Location \"" + name + "\" saved");
    if (saved) {
      clear();
    }
    list = null;
  }

  public void archive(Location location) {
    PageMessages.BESIDE_INPUTS.run(
        () -> locations.archiveLocation(callers.get(), location.id()),
        "\"" + location.name() + "\" archived");
    list = null;
  }

  public void restore(Location location) {
    PageMessages.BESIDE_INPUTS.run(
        () -> locations.restoreLocation(callers.get(), location.id()),
        "\"" + location.name() + "\" restored");
    list = null;
  }

  public void remove(Location location) {
    PageMessages.BESIDE_INPUTS.report(
        () ->
            locations.removeLocation(callers.get(), location.id()) == Removal.DELETED
                ? "\"" + location.name() + "\" deleted"
                : "\"" + location.name() + "\" is in use, so it was archived instead of deleted");
    list = null;
  }

  /** Whether to show the page's form; the service checks again on every action. */
  public boolean isAllowed() {
    return callers.get().can(Capability.MANAGE_SERVICES_AND_LOCATIONS);
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocationKind getKind() {
    return kind;
  }

  public void setKind(LocationKind kind) {
    this.kind = kind;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public int getNameLength() {
    return Location.NAME_LENGTH;
  }

  public int getAddressLength() {
    return Location.ADDRESS_LENGTH;
  }
}
