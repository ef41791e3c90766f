package org.foyer.admin.staff.boundary;

import java.util.Objects;
import org.foyer.core.tenancy.TenantId;

/**
 * A change to the practice's staff. Fired inside the changing transaction; the platform's audit log
 * observes it synchronously, so the change and its record commit together.
 *
 * @param actor the email of whoever made the change (the invited person when accepting)
 * @param subject what changed, e.g. {@code staff 3f2c...}; never health data
 */
public record StaffChanged(TenantId tenant, String actor, Change change, String subject) {

  public StaffChanged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(change, "change");
  }

  /** The kinds of change; the audit log records each under the same name. */
  public enum Change {
    STAFF_INVITED,
    STAFF_REINVITED,
    STAFF_INVITATION_ACCEPTED,
    STAFF_DEACTIVATED,
    STAFF_REACTIVATED,
    STAFF_ROLES_CHANGED,
    STAFF_SEATS_ADDED
  }
}
