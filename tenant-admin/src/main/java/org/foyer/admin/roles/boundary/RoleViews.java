package org.foyer.admin.roles.boundary;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.core.access.Capability;

/** What the roles API answers; capabilities are listed by name, in their declared order. */
public final class RoleViews {

  private RoleViews() {}

  /** A custom role. */
  public record RoleView(UUID id, String name, List<Capability> capabilities) {
    static RoleView of(CustomRole role) {
      return new RoleView(role.id(), role.name(), sorted(role.capabilities()));
    }
  }

  /** A capability with the label pages show for it. */
  public record CapabilityView(Capability name, String label) {}

  /** The custom roles and every capability there is to choose from. */
  public record RolesView(List<RoleView> custom, List<CapabilityView> capabilities) {
    static RolesView of(List<CustomRole> custom) {
      return new RolesView(
          custom.stream().map(RoleView::of).toList(),
          Arrays.stream(Capability.values()).map(c -> new CapabilityView(c, c.label())).toList());
    }
  }

  /** The Default Permissions, and the capabilities that may be added to them. */
  public record DefaultsView(List<Capability> capabilities, List<Capability> offered) {
    static DefaultsView of(Collection<Capability> held) {
      return new DefaultsView(sorted(held), sorted(DefaultPermissions.OFFERED));
    }
  }

  static List<Capability> sorted(Collection<Capability> capabilities) {
    return capabilities.stream().sorted().toList();
  }
}
