package org.foyer.admin.roles.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.roles.entity.DefaultPermissions;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * The roles page: custom roles (create, rename, set capabilities, delete) and the Default
 * Permissions. The service checks {@link Capability#SET_STAFF_PERMISSIONS} on every change.
 */
@Named("manageRoles")
@ViewScoped
public class ManageRoles implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Roles roles;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private transient List<CustomRole> customRoles;
  private List<String> defaults;
  private boolean editing;
  private UUID editedId;
  private String name;
  private List<String> capabilities = new ArrayList<>();

  public List<CustomRole> getCustomRoles() {
    if (customRoles == null) {
      customRoles = roles.listCustomRoles(callers.get());
    }
    return customRoles;
  }

  public List<Capability> getAllCapabilities() {
    return Arrays.asList(Capability.values());
  }

  public List<Capability> getOfferedDefaults() {
    return getAllCapabilities().stream().filter(DefaultPermissions.OFFERED::contains).toList();
  }

  public List<String> getDefaults() {
    if (defaults == null) {
      defaults = names(roles.defaultPermissions(callers.get()));
    }
    return defaults;
  }

  public void setDefaults(List<String> defaults) {
    this.defaults = defaults;
  }

  public String labels(Collection<Capability> held) {
    return held.isEmpty()
        ? "None"
        : held.stream().sorted().map(Capability::label).collect(Collectors.joining("; "));
  }

  public void saveDefaults() {
    act(
        c -> roles.setDefaultPermissions(c, Roles.parseCapabilities(defaults)),
        "Default permissions saved");
    defaults = null;
  }

  public void startCreate() {
    editing = true;
    editedId = null;
    name = null;
    capabilities = new ArrayList<>();
  }

  public void startEdit(CustomRole role) {
    editing = true;
    editedId = role.id();
    name = role.name();
    capabilities = names(role.capabilities());
  }

  public void save() {
    if (act(
        c -> {
          if (editedId == null) {
            roles.createRole(c, name, Roles.parseCapabilities(capabilities));
          } else {
            roles.updateRole(c, editedId, name, Roles.parseCapabilities(capabilities));
          }
        },
        "Role saved")) {
      editing = false;
    }
  }

  public void delete(CustomRole role) {
    act(c -> roles.deleteRole(c, role.id()), "Role \"" + role.name() + "\" deleted");
  }

  public void cancel() {
    editing = false;
  }

  /** Whether the change was made. */
  private boolean act(Consumer<Caller> change, String done) {
    boolean made = PageMessages.SUMMARY_ONLY.run(() -> change.accept(callers.get()), done);
    customRoles = null;
    return made;
  }

  private static List<String> names(Collection<Capability> held) {
    return held.stream().sorted().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
  }

  public boolean isEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getCapabilities() {
    return capabilities;
  }

  public void setCapabilities(List<String> capabilities) {
    this.capabilities = capabilities;
  }

  public int getNameLength() {
    return CustomRole.NAME_LENGTH;
  }
}
