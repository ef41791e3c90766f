package org.foyer.admin.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TenantOwned;

/**
 * A role a practice names itself ("Intake coordinator"), holding any of the same capabilities the
 * built-in roles are made of. Staff may hold several custom roles besides their built-in role.
 */
@Entity
@Table(name = "custom_role")
public class CustomRole extends TenantOwned {

  public static final int NAME_LENGTH = 60;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Convert(converter = CapabilitiesConverter.class)
  @Column(nullable = false, length = CapabilitiesConverter.COLUMN_LENGTH)
  private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);

  protected CustomRole() {}

  public CustomRole(String name, Set<Capability> capabilities) {
    rename(name);
    grantExactly(capabilities);
  }

  /** A role name: 1 to 60 printable characters, surrounding spaces removed. */
  public static String checkName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
      throw new IllegalArgumentException("A role name needs 1 to " + NAME_LENGTH + " characters");
    }
    if (stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A role name cannot contain control characters");
    }
    return stripped;
  }

  public void rename(String newName) {
    this.name = checkName(newName);
  }

  /** Replaces the role's capabilities with exactly these. */
  public void grantExactly(Set<Capability> granted) {
    Set<Capability> copy = EnumSet.noneOf(Capability.class);
    copy.addAll(granted);
    this.capabilities = copy;
  }

  public String name() {
    return name;
  }

  public Set<Capability> capabilities() {
    return Set.copyOf(capabilities);
  }
}
