package org.foyer.admin.staff.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/** The JSON bodies of the staff API, and the parsing of their loosely typed parts. */
public final class StaffRequests {

  private StaffRequests() {}

  /** {@code POST /staff}: invite someone. */
  public record Invite(String email, String displayName, String role, List<String> customRoles) {}

  /** {@code PUT /staff/{id}/roles}: the member's built-in role and exactly these custom roles. */
  public record Roles(String role, List<String> customRoles) {}

  /** {@code POST /staff/seats}: add this many seats. */
  public record AddSeats(Integer add) {}

  static StaffRole role(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("Choose a role", Map.of("role", "Choose a role"));
    }
    for (StaffRole role : StaffRole.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new InvalidInput(
        "There is no built-in role called that; use one of "
            + java.util.Arrays.toString(StaffRole.values()),
        Map.of("role", "Unknown role"));
  }

  /** Ids that are not UUIDs cannot name a role of this practice: not found, as any other. */
  static Set<UUID> roleIds(List<String> ids) {
    if (ids == null) {
      return Set.of();
    }
    return ids.stream().map(id -> id(id, "That role")).collect(Collectors.toUnmodifiableSet());
  }

  static UUID id(String id, String what) {
    try {
      return UUID.fromString(String.valueOf(id));
    } catch (IllegalArgumentException e) {
      throw new NotFound(what);
    }
  }
}
