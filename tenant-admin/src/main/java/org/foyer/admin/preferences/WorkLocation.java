package org.foyer.admin.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** A staff member works at a location. */
@Entity
@Table(name = "staff_work_location")
public class WorkLocation extends TenantOwned {

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  @Column(name = "location_id", nullable = false, updatable = false)
  private UUID locationId;

  protected WorkLocation() {}

  public WorkLocation(UUID staffId, UUID locationId) {
    this.staffId = Objects.requireNonNull(staffId, "staffId");
    this.locationId = Objects.requireNonNull(locationId, "locationId");
  }

  public UUID staffId() {
    return staffId;
  }

  public UUID locationId() {
    return locationId;
  }
}
