package org.foyer.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity a practice owns. EclipseLink adds {@code tenant_id} to the primary key and
 * to every query from the entity manager's tenant property, so feature code never handles tenant
 * ids; PostgreSQL row-level security on the same column is the second wall.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = UnitOfWork.TENANT_PROPERTY,
    primaryKey = true)
public abstract class TenantOwned {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantOwned() {
    this.id = UUID.randomUUID();
  }

  public UUID id() {
    return id;
  }

  /** How many times the row was changed: a calendar's SEQUENCE, an ETag. */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((TenantOwned) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), id);
  }
}
