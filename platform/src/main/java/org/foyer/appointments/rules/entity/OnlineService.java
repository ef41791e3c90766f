package org.foyer.appointments.rules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * Whether clients may book a service type of the catalogue themselves in the portal. A type without
 * a row is offered online, as every type was before the choice existed; staff book every active
 * type either way.
 */
@Entity
@Table(name = "appointment_online_service")
public class OnlineService extends TenantOwned {

  @Column(name = "service_type_id", nullable = false, updatable = false)
  private UUID serviceTypeId;

  @Column(name = "offered_online", nullable = false)
  private boolean offeredOnline;

  protected OnlineService() {}

  public OnlineService(UUID serviceTypeId, boolean offeredOnline) {
    this.serviceTypeId = Objects.requireNonNull(serviceTypeId, "service type");
    this.offeredOnline = offeredOnline;
  }

  public void offer(boolean online) {
    this.offeredOnline = online;
  }

  public UUID serviceTypeId() {
    return serviceTypeId;
  }

  public boolean offeredOnline() {
    return offeredOnline;
  }
}
