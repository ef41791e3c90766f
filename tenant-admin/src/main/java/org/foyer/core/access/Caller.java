package org.foyer.core.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;

/**
 * The signed-in account of the current request: staff or portal, with its roles. Services check
 * permissions against it; pages hiding a button never count as the check.
 */
public record Caller(
    UUID accountId, Kind kind, String email, Set<String> roles, Set<Capability> capabilities) {

  /** No one is signed in. */
  public static final Caller ANONYMOUS =
      new Caller(null, Kind.ANONYMOUS, "anonymous", Set.of(), Set.of());

  public Caller {
    Objects.requireNonNull(kind, "kind");
    roles = Set.copyOf(roles);
    capabilities = Set.copyOf(capabilities);
  }

  public boolean can(Capability capability) {
    return isStaff() && capabilities.contains(capability);
  }

  /**
   * The permission check of every staff-only service: a non-staff caller meets {@link NotFound}
   * (the thing does not exist for them), staff without the capability meet {@link Refused}.
   *
   * @param what the thing acted on, for the not-found message ("The audit log")
   */
  public void require(Capability capability, String what) {
    if (!isStaff()) {
      throw new NotFound(what);
    }
    if (!capabilities.contains(capability)) {
      throw new Refused("This needs the permission \"" + capability.label() + "\"");
    }
  }

  public boolean isStaff() {
    return kind == Kind.STAFF;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** The kinds of caller. */
  public enum Kind {
    ANONYMOUS,
    STAFF,
    PORTAL
  }
}
