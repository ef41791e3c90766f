package org.foyer.admin.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** A staff member offers a service type. */
@Entity
@Table(name = "staff_service_offer")
public class ServiceOffer extends TenantOwned {

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  @Column(name = "service_type_id", nullable = false, updatable = false)
  private UUID serviceTypeId;

  protected ServiceOffer() {}

  public ServiceOffer(UUID staffId, UUID serviceTypeId) {
    this.staffId = Objects.requireNonNull(staffId, "staffId");
    this.serviceTypeId = Objects.requireNonNull(serviceTypeId, "serviceTypeId");
  }

  public UUID staffId() {
    return staffId;
  }

  public UUID serviceTypeId() {
    return serviceTypeId;
  }
}
