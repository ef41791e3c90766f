package org.foyer.admin.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * One staff member holding one custom role. Kept by id rather than as a relation so this package
 * need not know the staff entity; the database's foreign keys remove it with either side.
 */
@Entity
@Table(name = "custom_role_assignment")
public class RoleAssignment extends TenantOwned {

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  @Column(name = "role_id", nullable = false, updatable = false)
  private UUID roleId;

  protected RoleAssignment() {}

  public RoleAssignment(UUID staffId, UUID roleId) {
    this.staffId = Objects.requireNonNull(staffId, "staff id");
    this.roleId = Objects.requireNonNull(roleId, "role id");
  }

  public UUID staffId() {
    return staffId;
  }

  public UUID roleId() {
    return roleId;
  }
}
