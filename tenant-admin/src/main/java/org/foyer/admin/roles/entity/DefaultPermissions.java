package org.foyer.admin.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TenantOwned;

/**
 * The capabilities every staff member of the practice holds on top of their roles. A new practice
 * has none: each offered capability is in the set only once an administrator adds it by hand.
 *
 * <p>Only {@link #OFFERED} capabilities may be added. They are the everyday clinical and
 * front-office permissions; the administrative ones (portal settings, staff permissions, seats,
 * staff management, services and locations, template packs, audit log) are never offered, because
 * granting them to everyone would make every staff member an administrator without the second
 * factor administrators must use. Those go through the built-in or a custom role instead.
 */
@Entity
@Table(name = "default_permissions")
public class DefaultPermissions extends TenantOwned {

  public static final Set<Capability> OFFERED =
      Set.copyOf(
          EnumSet.of(
              Capability.UPLOAD_GENERAL_DOCUMENTS,
              Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
              Capability.MANAGE_DYNAMIC_FORMS));

  @Convert(converter = CapabilitiesConverter.class)
  @Column(nullable = false, length = CapabilitiesConverter.COLUMN_LENGTH)
  private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);

  public DefaultPermissions() {}

  /**
   * Replaces the set.
   *
   * @throws IllegalArgumentException naming the first capability that is not offered
   */
  public void grantExactly(Set<Capability> granted) {
    for (Capability capability : granted) {
      if (!OFFERED.contains(capability)) {
        throw new IllegalArgumentException(
            "\"" + capability.label() + "\" cannot be a default permission");
      }
    }
    Set<Capability> copy = EnumSet.noneOf(Capability.class);
    copy.addAll(granted);
    this.capabilities = copy;
  }

  public Set<Capability> capabilities() {
    return Set.copyOf(capabilities);
  }
}
