package org.foyer.admin.staff.entity;

import java.util.EnumSet;
import java.util.Set;
import org.foyer.core.access.Capability;

/**
 * The built-in roles and the capabilities each holds by itself. A practice's default permissions
 * and custom roles add to these (practice administration); the built-in sets are fixed.
 *
 * <p>Whether a role treats clients is not a capability: capabilities say what staff may do in
 * Foyer, and administrators hold them all without treating anyone. Only the therapist role is
 * clinical, so only therapists are offered, and accepted, as a client's clinician.
 */
public enum StaffRole {
  ADMINISTRATOR("Organization Administration", EnumSet.allOf(Capability.class), false),
  THERAPIST(
      "Therapist",
      EnumSet.of(Capability.MANAGE_DYNAMIC_FORMS, Capability.UPLOAD_GENERAL_DOCUMENTS),
      true),
  FRONT_DESK("Front desk", EnumSet.of(Capability.MANAGE_SCHEDULE, Capability.BILLING), false),
  BILLER("Biller", EnumSet.of(Capability.BILLING), false);

  private final String label;
  private final Set<Capability> capabilities;
  private final boolean clinical;

  StaffRole(String label, Set<Capability> capabilities, boolean clinical) {
    this.label = label;
    this.capabilities = Set.copyOf(capabilities);
    this.clinical = clinical;
  }

  /** Whether staff of this role treat clients, and so may be a client's clinician. */
  public boolean isClinical() {
    return clinical;
  }

  public Set<Capability> capabilities() {
    return capabilities;
  }

  public String label() {
    return label;
  }
}
