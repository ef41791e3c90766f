package org.foyer.admin.staff;

import java.util.EnumSet;
import java.util.Set;
import org.foyer.access.Capability;

/**
 * The built-in roles and the capabilities each holds by itself. A practice's default permissions
 * and custom roles add to these (practice administration); the built-in sets are fixed.
 */
public enum StaffRole {
  ADMINISTRATOR("Organization Administration", EnumSet.allOf(Capability.class)),
  THERAPIST(
      "Therapist",
      EnumSet.of(Capability.MANAGE_DYNAMIC_FORMS, Capability.UPLOAD_GENERAL_DOCUMENTS)),
  FRONT_DESK("Front desk", EnumSet.noneOf(Capability.class)),
  BILLER("Biller", EnumSet.noneOf(Capability.class));

  private final String label;
  private final Set<Capability> capabilities;

  StaffRole(String label, Set<Capability> capabilities) {
    this.label = label;
    this.capabilities = Set.copyOf(capabilities);
  }

  public Set<Capability> capabilities() {
    return capabilities;
  }

  public String label() {
    return label;
  }
}
