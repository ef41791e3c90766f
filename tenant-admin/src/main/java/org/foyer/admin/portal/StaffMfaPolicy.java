package org.foyer.admin.portal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.foyer.core.access.Capability;

/**
 * Which staff must sign in with a second factor. Whoever holds an administrator-grade capability
 * always must, whether the built-in administrator role, a custom role or the practice's default
 * permissions grant it: the risk lies in what the account can do, not in the role's name.
 */
public enum StaffMfaPolicy {
  ADMINISTRATORS_ONLY("Administrators only"),
  ALL_STAFF("All staff");

  /**
   * Capabilities that administer the practice itself: they change who may do what and how staff
   * sign in, add accounts and seats, install templates every client sees, or read every client's
   * trail. Day-to-day work (inviting clients, forms, documents, the catalogue) is not among them.
   */
  public static final Set<Capability> ADMINISTRATIVE =
      Collections.unmodifiableSet(
          EnumSet.of(
              Capability.SET_STAFF_PERMISSIONS,
              Capability.MANAGE_STAFF,
              Capability.ADD_STAFF_SUBSCRIPTIONS,
              Capability.MANAGE_PORTAL_SETTINGS,
              Capability.MANAGE_TEMPLATE_PACKS,
              Capability.REVIEW_AUDIT_LOG));

  private final String label;

  StaffMfaPolicy(String label) {
    this.label = label;
  }

  /**
   * Whether a staff member without a second factor must enrol one before signing in.
   *
   * @param capabilities everything the member holds: built-in role, custom roles and defaults
   */
  public boolean requiresSecondFactor(Set<Capability> capabilities) {
    return this == ALL_STAFF || capabilities.stream().anyMatch(ADMINISTRATIVE::contains);
  }

  public String label() {
    return label;
  }
}
