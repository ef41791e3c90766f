package org.foyer.admin.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.foyer.core.access.LoginAccount;

/**
 * A person working at one practice. The second factor is held sealed (encrypted by the platform
 * with the master key); this entity only stores what it is given.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends LoginAccount {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private StaffRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StaffStatus status;

  protected StaffMember() {}

  public StaffMember(String email, String displayName, StaffRole role) {
    super(email, displayName, "A staff member");
    this.role = Objects.requireNonNull(role, "role");
    this.status = StaffStatus.INVITED;
  }

  public void activate(String passwordHash) {
    choosePassword(passwordHash);
    this.status = StaffStatus.ACTIVE;
  }

  /** Gives the member another built-in role; custom roles are held separately. */
  public void changeRole(StaffRole newRole) {
    this.role = Objects.requireNonNull(newRole, "role");
  }

  public boolean isAdministrator() {
    return role == StaffRole.ADMINISTRATOR;
  }

  public void deactivate() {
    status = StaffStatus.DEACTIVATED;
    endAllSessions();
  }

  public void reactivate() {
    if (status == StaffStatus.DEACTIVATED) {
      status = passwordHash().isEmpty() ? StaffStatus.INVITED : StaffStatus.ACTIVE;
    }
  }

  public StaffRole role() {
    return role;
  }

  public StaffStatus status() {
    return status;
  }

  @Override
  public boolean canSignIn() {
    return status == StaffStatus.ACTIVE;
  }
}
