package org.foyer.admin.staff.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.roles.boundary.RoleChoice;
import org.foyer.admin.roles.boundary.Roles;
import org.foyer.admin.staff.control.SeatUsage;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.validation.Shapes;

/**
 * The staff page: the list with seats, the invitation dialog, role assignment, deactivation and
 * reactivation. The services decide; refusals come back as page messages.
 */
@Named("manageStaff")
@ViewScoped
public class ManageStaff implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffAdministration administration;
  @Inject transient Roles roles;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  // Reloaded after every change and whenever the view is restored from elsewhere.
  private transient List<StaffMember> staff;
  private transient SeatUsage seats;
  private transient Map<UUID, String> roleNames;
  private boolean inviting;
  private String email;
  private String displayName;
  private StaffRole role = StaffRole.THERAPIST;
  private List<String> customRoles = new ArrayList<>();
  private UUID editing;
  private int seatsToAdd = 1;

  public List<StaffMember> getStaff() {
    if (staff == null) {
      staff = administration.listStaff(caller());
    }
    return staff;
  }

  public SeatUsage getSeats() {
    if (seats == null) {
      seats = administration.seatUsage(caller());
    }
    return seats;
  }

  /** Custom role names by id, for the table and the checkboxes. */
  public Map<UUID, String> getRoleNames() {
    if (roleNames == null) {
      roleNames =
          getCustomRoleChoices().stream()
              .collect(
                  Collectors.toMap(
                      RoleChoice::id, RoleChoice::name, (a, b) -> a, LinkedHashMap::new));
    }
    return roleNames;
  }

  public List<RoleChoice> getCustomRoleChoices() {
    return roles.listRoleChoices(caller());
  }

  public String customRolesLabel(StaffMember member) {
    return administration.customRolesOf(caller(), member.id()).stream()
        .map(id -> getRoleNames().getOrDefault(id, ""))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public StaffRole[] getBuiltInRoles() {
    return StaffRole.values();
  }

  public void startInvite() {
    inviting = true;
    editing = null;
    email = null;
    displayName = null;
    role = StaffRole.THERAPIST;
    customRoles = new ArrayList<>();
  }

  public void invite() {
    if (act(
        c -> administration.invite(c, email, displayName, role, ids(customRoles)),
        "Invitation sent to " + email)) {
      inviting = false;
    }
  }

  public void startEditRoles(StaffMember member) {
    editing = member.id();
    inviting = false;
    role = member.role();
    customRoles =
        administration.customRolesOf(caller(), member.id()).stream()
            .map(UUID::toString)
            .collect(Collectors.toCollection(ArrayList::new));
  }

  public void saveRoles() {
    if (act(c -> administration.assignRoles(c, editing, role, ids(customRoles)), "Roles saved")) {
      editing = null;
    }
  }

  public void cancel() {
    inviting = false;
    editing = null;
  }

  public void deactivate(StaffMember member) {
    act(c -> administration.deactivate(c, member.id()), member.displayName() + " deactivated");
  }

  public void reactivate(StaffMember member) {
    act(c -> administration.reactivate(c, member.id()), member.displayName() + " reactivated");
  }

  public void reinvite(StaffMember member) {
    act(c -> administration.reinvite(c, member.id()), "New invitation sent to " + member.email());
  }

  public void addSeats() {
    act(c -> administration.addSeats(c, seatsToAdd), seatsToAdd + " seats added");
  }

  /** Whether the change was made. */
  private boolean act(Function<Caller, Object> change, String done) {
    boolean made =
        PageMessages.SUMMARY_ONLY.run(
            () -> {
              try {
                change.apply(caller());
              } catch (IllegalArgumentException e) {
                // An argument an entity refused is the administrator's to correct, not a fault.
                throw new InvalidInput(e.getMessage());
              }
            },
            done);
    staff = null;
    seats = null;
    roleNames = null;
    return made;
  }

  private static Set<UUID> ids(List<String> values) {
    return values == null
        ? Set.of()
        : values.stream().map(v -> StaffRequests.id(v, "That role")).collect(Collectors.toSet());
  }

  private Caller caller() {
    return callers.get();
  }

  public boolean isInviting() {
    return inviting;
  }

  public boolean isEditingRoles() {
    return editing != null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public List<String> getCustomRoles() {
    return customRoles;
  }

  public void setCustomRoles(List<String> customRoles) {
    this.customRoles = customRoles;
  }

  public int getSeatsToAdd() {
    return seatsToAdd;
  }

  public void setSeatsToAdd(int seatsToAdd) {
    this.seatsToAdd = seatsToAdd;
  }

  public int getEmailLength() {
    return Shapes.EMAIL_LENGTH;
  }

  public int getNameLength() {
    return Accounts.NAME_LENGTH;
  }
}
