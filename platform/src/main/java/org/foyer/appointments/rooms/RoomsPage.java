package org.foyer.appointments.rooms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;

/**
 * The rooms of the practice's locations, reached from the locations catalogue page: a list by
 * location, a room added by name, a room archived (kept for the appointments that took it).
 */
@Named
@ViewScoped
public class RoomsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Rooms rooms;
  @Inject transient Locations locations;
  @Inject transient Caller caller;

  private String location;
  private String name;

  public void load() {
    if (!caller.isStaff()) {
      throw new NotFound("The rooms");
    }
  }

  public boolean isAllowed() {
    return caller.can(Capability.MANAGE_SERVICES_AND_LOCATIONS);
  }

  public List<Rooms.RoomView> getRooms() {
    return rooms.list(caller, null);
  }

  public List<LocationChoice> getLocations() {
    return locations.listChoices(caller).stream().filter(l -> !l.telehealth()).toList();
  }

  public String locationName(UUID id) {
    return locations.listChoices(caller).stream()
        .filter(l -> l.id().equals(id))
        .map(LocationChoice::name)
        .findFirst()
        .orElse("");
  }

  public void add() {
    PageMessages.SUMMARY_ONLY.report(
        () -> {
          Rooms.RoomView added = rooms.add(caller, uuid(location), name);
          name = null;
          return "Added " + added.name() + " to " + locationName(added.locationId()) + ".";
        });
  }

  public void archive(Rooms.RoomView room) {
    PageMessages.SUMMARY_ONLY.report(
        () -> {
          rooms.archive(caller, room.id());
          return "Archived "
              + room.name()
              + ": past appointments keep it, new ones cannot take it.";
        });
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
