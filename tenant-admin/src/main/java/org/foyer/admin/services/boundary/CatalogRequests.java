package org.foyer.admin.services.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.core.errors.InvalidInput;

/** The JSON bodies of the catalogue API and their conversion to checked details. */
public final class CatalogRequests {

  private CatalogRequests() {}

  /** {@code POST /service-types} and {@code PUT /service-types/{id}}. */
  public record ServiceTypeBody(
      String name, Integer durationMinutes, Long rateCents, String billingCode) {

    ServiceType.Details toDetails() {
      Map<String, String> errors = new LinkedHashMap<>();
      required(errors, "durationMinutes", durationMinutes);
      required(errors, "rateCents", rateCents);
      if (!errors.isEmpty()) {
        throw new InvalidInput("The service type was not saved", errors);
      }
      return new ServiceType.Details(name, durationMinutes, rateCents, billingCode);
    }
  }

  /** {@code POST /locations} and {@code PUT /locations/{id}}. */
  public record LocationBody(String name, String kind, String address) {

    Location.Details toDetails() {
      LocationKind parsed = null;
      for (LocationKind option : LocationKind.values()) {
        if (option.name().equals(kind)) {
          parsed = option;
        }
      }
      // An unknown kind is left null, and the details' own check names the field.
      return new Location.Details(name, parsed, address);
    }
  }

  private static void required(Map<String, String> errors, String field, Object value) {
    if (value == null) {
      errors.put(field, "This field is required");
    }
  }
}
