package org.foyer.admin.roles.boundary;

import java.util.Objects;
import org.foyer.core.tenancy.TenantId;

/**
 * A custom role or the default permissions changed. Fired inside the changing transaction; the
 * platform's audit log observes it synchronously, so the change and its record commit together.
 *
 * @param actor the email of the staff member who made the change
 * @param subject what changed, e.g. {@code role 3f2c... "Intake coordinator"}; never health data
 */
public record RolesChanged(TenantId tenant, String actor, Change change, String subject) {

  public RolesChanged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(change, "change");
  }

  /** The kinds of change; the audit log records each under the same name. */
  public enum Change {
    ROLE_CREATED,
    ROLE_RENAMED,
    ROLE_CAPABILITIES_CHANGED,
    ROLE_DELETED,
    DEFAULT_PERMISSIONS_CHANGED
  }
}
