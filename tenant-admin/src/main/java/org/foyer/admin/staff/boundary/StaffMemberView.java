package org.foyer.admin.staff.boundary;

import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;

/**
 * A staff member as the API shows them. Their custom roles are named only when one member is asked
 * for, and left out of the list.
 */
public record StaffMemberView(
    UUID id,
    String email,
    String displayName,
    StaffRole role,
    String roleLabel,
    StaffStatus status,
    List<UUID> customRoles) {

  static StaffMemberView of(StaffMember staff) {
    return of(staff, null);
  }

  static StaffMemberView of(StaffMember staff, List<UUID> customRoles) {
    return new StaffMemberView(
        staff.id(),
        staff.email(),
        staff.displayName(),
        staff.role(),
        staff.role().label(),
        staff.status(),
        customRoles);
  }
}
