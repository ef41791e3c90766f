package org.foyer.admin.roles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.admin.roles.entity.RoleAssignment;
import org.foyer.core.access.Capability;

/**
 * Reads and writes roles, assignments and default permissions of the current practice without
 * permission checks. Only services that have already checked the caller use it (the roles and staff
 * services, and the per-request capability look-up), inside their transaction.
 */
@ApplicationScoped
public class RoleStore {

  private EntityManager em;

  protected RoleStore() {}

  @Inject
  public RoleStore(EntityManager em) {
    this.em = em;
  }

  public List<CustomRole> listCustomRoles() {
    return em.createQuery("SELECT r FROM CustomRole r ORDER BY r.name", CustomRole.class)
        .getResultList();
  }

  public Optional<CustomRole> findCustomRole(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(CustomRole.class, id));
  }

  /** Whether another custom role already has this name, compared without case. */
  public boolean nameTaken(String name, UUID except) {
    return listCustomRoles().stream()
        .anyMatch(r -> !r.id().equals(except) && r.name().equalsIgnoreCase(name));
  }

  /** The default permissions without creating their row, so read-only transactions can call it. */
  public Set<Capability> defaultCapabilities() {
    return findDefaultPermissions().map(DefaultPermissions::capabilities).orElse(Set.of());
  }

  /** The practice's default permissions row, created (empty) on first change. */
  public DefaultPermissions defaultPermissionsForChange() {
    return findDefaultPermissions()
        .orElseGet(
            () -> {
              DefaultPermissions created = new DefaultPermissions();
              em.persist(created);
              return created;
            });
  }

  private Optional<DefaultPermissions> findDefaultPermissions() {
    return em.createQuery("SELECT d FROM DefaultPermissions d", DefaultPermissions.class)
        .getResultStream()
        .findFirst();
  }

  /** The ids of the custom roles the staff member holds. */
  public Set<UUID> roleIdsOf(UUID staffId) {
    return Set.copyOf(assignmentsOf(staffId).stream().map(RoleAssignment::roleId).toList());
  }

  private List<RoleAssignment> assignmentsOf(UUID staffId) {
    return em.createQuery(
            "SELECT a FROM RoleAssignment a WHERE a.staffId = :staff", RoleAssignment.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  /** The capabilities the staff member's custom roles hold together. */
  public Set<Capability> customRoleCapabilities(UUID staffId) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (RoleAssignment assignment : assignmentsOf(staffId)) {
      findCustomRole(assignment.roleId()).ifPresent(r -> capabilities.addAll(r.capabilities()));
    }
    return capabilities;
  }

  /**
   * Makes the staff member hold exactly these custom roles.
   *
   * @param roleIds ids already checked to be this practice's roles
   */
  public void assignExactly(UUID staffId, Set<UUID> roleIds) {
    for (RoleAssignment existing : assignmentsOf(staffId)) {
      if (!roleIds.contains(existing.roleId())) {
        em.remove(existing);
      }
    }
    Set<UUID> held = roleIdsOf(staffId);
    roleIds.stream()
        .filter(id -> !held.contains(id))
        .forEach(id -> em.persist(new RoleAssignment(staffId, id)));
  }

  public void persist(CustomRole role) {
    em.persist(role);
  }

  /** Removes the role and every assignment of it. */
  public void delete(CustomRole role) {
    em.createQuery("SELECT a FROM RoleAssignment a WHERE a.roleId = :role", RoleAssignment.class)
        .setParameter("role", role.id())
        .getResultList()
        .forEach(em::remove);
    em.remove(role);
  }
}
