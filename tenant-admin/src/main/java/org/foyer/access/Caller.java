package org.foyer.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in account of the current request: staff or portal, with its roles. Services check
 * permissions against it; pages hiding a button never count as the check.
 */
public record Caller(UUID accountId, Kind kind, String email, Set<String> roles) {

  /** No one is signed in. */
  public static final Caller ANONYMOUS = new Caller(null, Kind.ANONYMOUS, "anonymous", Set.of());

  public Caller {
    Objects.requireNonNull(kind, "kind");
    roles = Set.copyOf(roles);
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
