package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * A room of one of the practice's locations. While an appointment holding time takes it, the
 * database refuses any other appointment in the room overlapping it.
 */
@Entity
@Table(name = "room")
public class Room extends TenantOwned {

  public static final int NAME_LENGTH = 80;

  @Column(name = "location_id", nullable = false)
  private UUID locationId;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean archived;

  protected Room() {}

  public Room(UUID locationId, String name) {
    this.locationId = Objects.requireNonNull(locationId, "location");
    rename(name);
  }

  public void rename(String newName) {
    String stripped = newName == null ? "" : newName.strip();
    if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
      String message = "Name the room in 1 to " + NAME_LENGTH + " characters";
      throw new InvalidInput(message, Map.of("name", message));
    }
    name = stripped;
  }

  /** Kept for the appointments that took it, offered for no new one. */
  public void archive() {
    archived = true;
  }

  public UUID locationId() {
    return locationId;
  }

  public String name() {
    return name;
  }

  public boolean archived() {
    return archived;
  }
}
