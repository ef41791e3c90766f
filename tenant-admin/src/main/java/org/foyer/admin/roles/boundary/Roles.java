package org.foyer.admin.roles.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.tenancy.Tenancy;

/**
 * Custom roles and the Default Permissions of the current practice. Any staff member may read them;
 * every change needs {@link Capability#SET_STAFF_PERMISSIONS} and is audited.
 */
@ApplicationScoped
public class Roles {

  private static final String ROLES = "The practice's roles";

  private RoleStore store;
  private Event<RolesChanged> changed;

  protected Roles() {}

  @Inject
  public Roles(RoleStore store, Event<RolesChanged> changed) {
    this.store = store;
    this.changed = changed;
  }

  @Transactional(readOnly = true)
  public List<CustomRole> listCustomRoles(Caller caller) {
    requireStaff(caller);
    return store.listCustomRoles();
  }

  /** The custom roles by name, for staff assignment to offer. */
  @Transactional(readOnly = true)
  public List<RoleChoice> listRoleChoices(Caller caller) {
    return listCustomRoles(caller).stream().map(r -> new RoleChoice(r.id(), r.name())).toList();
  }

  @Transactional(readOnly = true)
  public CustomRole getCustomRole(Caller caller, UUID id) {
    requireStaff(caller);
    return store.findCustomRole(id).orElseThrow(() -> new NotFound("That role"));
  }

  @Transactional(readOnly = true)
  public Set<Capability> defaultPermissions(Caller caller) {
    requireStaff(caller);
    return store.defaultCapabilities();
  }

  @Transactional
  public CustomRole createRole(Caller caller, String name, Set<Capability> capabilities) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, ROLES);
    CustomRole role = new CustomRole(checkedName(name, null), capabilities);
    store.persist(role);
    fire(caller, RolesChanged.Change.ROLE_CREATED, role);
    return role;
  }

  @Transactional
  public CustomRole renameRole(Caller caller, UUID id, String name) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, ROLES);
    CustomRole role = store.findCustomRole(id).orElseThrow(() -> new NotFound("That role"));
    role.rename(checkedName(name, id));
    fire(caller, RolesChanged.Change.ROLE_RENAMED, role);
    return role;
  }

  @Transactional
  public CustomRole setCapabilities(Caller caller, UUID id, Set<Capability> capabilities) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, ROLES);
    CustomRole role = store.findCustomRole(id).orElseThrow(() -> new NotFound("That role"));
    role.grantExactly(capabilities);
    fire(caller, RolesChanged.Change.ROLE_CAPABILITIES_CHANGED, role);
    return role;
  }

  /**
   * Renames the role and/or sets its capabilities in one transaction; a null part is left as it is.
   * Audited once per part changed.
   */
  @Transactional
  public CustomRole updateRole(Caller caller, UUID id, String name, Set<Capability> capabilities) {
    CustomRole role = getCustomRole(caller, id);
    if (name != null) {
      role = renameRole(caller, id, name);
    }
    if (capabilities != null) {
      role = setCapabilities(caller, id, capabilities);
    }
    return role;
  }

  /** Deletes the role; staff who held it lose its capabilities on their next request. */
  @Transactional
  public void deleteRole(Caller caller, UUID id) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, ROLES);
    CustomRole role = store.findCustomRole(id).orElseThrow(() -> new NotFound("That role"));
    store.delete(role);
    fire(caller, RolesChanged.Change.ROLE_DELETED, role);
  }

  /**
   * Replaces the Default Permissions.
   *
   * @throws InvalidInput when a capability is not one {@link DefaultPermissions#OFFERED}
   */
  @Transactional
  public Set<Capability> setDefaultPermissions(Caller caller, Set<Capability> capabilities) {
    caller.require(Capability.SET_STAFF_PERMISSIONS, "The default permissions");
    DefaultPermissions defaults = store.defaultPermissionsForChange();
    try {
      defaults.grantExactly(capabilities);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(e.getMessage(), Map.of("capabilities", e.getMessage()));
    }
    changed.fire(
        new RolesChanged(
            Tenancy.require(),
            caller.email(),
            RolesChanged.Change.DEFAULT_PERMISSIONS_CHANGED,
            "default permissions " + defaults.capabilities().stream().sorted().toList()));
    return defaults.capabilities();
  }

  /**
   * Capability names from an API or page, refused with the offending name when unknown.
   *
   * @throws InvalidInput naming the first unknown capability
   */
  public static Set<Capability> parseCapabilities(List<String> names) {
    if (names == null) {
      return Set.of();
    }
    return Set.copyOf(
        names.stream()
            .map(
                name ->
                    Arrays.stream(Capability.values())
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new InvalidInput(
                                    "There is no permission called \"" + shorten(name) + "\"",
                                    Map.of("capabilities", "Unknown permission"))))
            .toList());
  }

  private String checkedName(String name, UUID self) {
    String checked;
    try {
      checked = CustomRole.checkName(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(e.getMessage(), Map.of("name", e.getMessage()));
    }
    if (store.nameTaken(checked, self)) {
      throw new Conflict("A role called \"" + checked + "\" already exists");
    }
    return checked;
  }

  private void fire(Caller caller, RolesChanged.Change change, CustomRole role) {
    changed.fire(
        new RolesChanged(
            Tenancy.require(),
            caller.email(),
            change,
            "role " + role.id() + " " + role.capabilities().stream().sorted().toList()));
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(ROLES);
    }
  }

  private static String shorten(String text) {
    String value = String.valueOf(text);
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
