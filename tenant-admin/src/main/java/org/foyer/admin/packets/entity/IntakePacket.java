package org.foyer.admin.packets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.TenantOwned;

/**
 * A named intake packet. Exactly one open packet is the practice's default (the service moves the
 * flag; a partial unique index holds it). Archived packets are closed: no longer sent, no longer
 * holding their packs in place.
 */
@Entity
@Table(name = "intake_packet")
public class IntakePacket extends TenantOwned {

  public static final int NAME_LENGTH = 80;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "is_default", nullable = false)
  private boolean defaultPacket;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected IntakePacket() {}

  public IntakePacket(String name, Instant createdAt) {
    this.name = checkedName(name);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  static String checkedName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A packet needs a name of 1 to " + NAME_LENGTH + " characters");
    }
    return name.strip();
  }

  public void rename(String newName) {
    requireOpen();
    this.name = checkedName(newName);
  }

  public void makeDefault() {
    requireOpen();
    defaultPacket = true;
  }

  public void stopBeingDefault() {
    defaultPacket = false;
  }

  public void archive() {
    if (defaultPacket) {
      throw new Conflict(
          "The default packet \""
              + name
              + "\" cannot be archived; make another packet the default");
    }
    archived = true;
  }

  public void requireOpen() {
    if (archived) {
      throw new Conflict("The packet \"" + name + "\" is archived");
    }
  }

  public String name() {
    return name;
  }

  public boolean isDefault() {
    return defaultPacket;
  }

  public boolean archived() {
    return archived;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
