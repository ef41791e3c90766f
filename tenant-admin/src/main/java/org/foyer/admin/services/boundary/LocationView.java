package org.foyer.admin.services.boundary;

import java.util.UUID;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;

/** A location as the API shows it; the address is left out when the practice set none. */
public record LocationView(
    UUID id, String name, LocationKind kind, String address, boolean archived) {

  static LocationView of(Location location) {
    return new LocationView(
        location.id(),
        location.name(),
        location.kind(),
        location.address().orElse(null),
        location.isArchived());
  }
}
