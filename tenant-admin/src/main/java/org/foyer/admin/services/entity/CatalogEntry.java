package org.foyer.admin.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.foyer.core.persistence.TenantOwned;

/**
 * What every catalogue entry shares, service type or location: a name unique among the active
 * entries, and archiving, which hides an entry from staff without losing what refers to it.
 */
@MappedSuperclass
public abstract class CatalogEntry extends TenantOwned {

  public static final int NAME_LENGTH = 120;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean archived;

  protected CatalogEntry() {}

  /** Takes a name its subclass's details have already checked. */
  protected void rename(String checkedName) {
    this.name = checkedName;
  }

  public void archive() {
    archived = true;
  }

  public void restore() {
    archived = false;
  }

  public String name() {
    return name;
  }

  public boolean isArchived() {
    return archived;
  }
}
