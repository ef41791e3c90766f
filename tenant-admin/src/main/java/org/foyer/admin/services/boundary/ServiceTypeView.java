package org.foyer.admin.services.boundary;

import java.util.UUID;
import org.foyer.admin.services.entity.ServiceType;

/**
 * A service type as the API shows it; the billing code is left out when the practice set none.
 *
 * @param rateCents the rate in whole cents of {@code currency}
 */
public record ServiceTypeView(
    UUID id,
    String name,
    int durationMinutes,
    long rateCents,
    String currency,
    String billingCode,
    boolean archived) {

  static ServiceTypeView of(ServiceType type) {
    return new ServiceTypeView(
        type.id(),
        type.name(),
        type.durationMinutes(),
        type.rateCents(),
        type.currency(),
        type.billingCode().orElse(null),
        type.isArchived());
  }
}
