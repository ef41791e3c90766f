package org.foyer.admin.staff.boundary;

import java.util.UUID;
import org.foyer.admin.staff.control.StaffAccounts;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.admin.staff.entity.StaffStatus;

/**
 * A staff member as other features see them: who they are, their built-in role and whether they
 * work here now. Sign-in secrets stay with {@link StaffAccounts}.
 */
public record StaffProfile(
    UUID id, String email, String displayName, StaffRole role, StaffStatus status) {

  static StaffProfile of(StaffMember member) {
    return new StaffProfile(
        member.id(), member.email(), member.displayName(), member.role(), member.status());
  }

  public boolean canSignIn() {
    return status == StaffStatus.ACTIVE;
  }

  /** Whether the member may be a client's clinician now: active, and of a clinical role. */
  public boolean canHoldClients() {
    return canSignIn() && role.isClinical();
  }
}
