package org.foyer.admin.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.Transactional;

/**
 * What a staff member may do right now: their built-in role's capabilities, the practice's Default
 * Permissions and their custom roles' capabilities. Read from the database on every request, so a
 * change of role or permissions takes effect at once, without signing in again.
 */
@ApplicationScoped
public class StaffPermissions {

  private EntityManager em;
  private RoleStore roles;

  protected StaffPermissions() {}

  @Inject
  public StaffPermissions(EntityManager em, RoleStore roles) {
    this.em = em;
    this.roles = roles;
  }

  /** The member's capabilities; none for an unknown, invited or deactivated member. */
  @Transactional(readOnly = true)
  public Set<Capability> capabilitiesOf(UUID staffId) {
    StaffMember staff = staffId == null ? null : em.find(StaffMember.class, staffId);
    if (staff == null || !staff.canSignIn()) {
      return Set.of();
    }
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    capabilities.addAll(staff.role().capabilities());
    capabilities.addAll(roles.defaultCapabilities());
    capabilities.addAll(roles.customRoleCapabilities(staffId));
    return Set.copyOf(capabilities);
  }
}
