package org.foyer.admin.portal.boundary;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.entity.PortalSettings;

/**
 * Reads the settings of the practice whose unit of work is running, falling back to the defaults
 * for a practice that never saved any. Deliberately uncached: the row is read on every call, so a
 * saved change is what the next request sees. Used inside a running unit of work, by {@link
 * PortalSettingsService} and by the platform's sign-in and mail (which already have one open).
 */
public final class CurrentPortalSettings {

  private final EntityManager em;

  public CurrentPortalSettings(EntityManager em) {
    this.em = em;
  }

  /** The settings that govern the practice now. */
  public PortalSettingsView get() {
    return PortalSettingsView.of(storedOrDefaults());
  }

  /** The age from which the practice lets staff keep a minor's items from guardians, if any. */
  public MinorPrivacy minorPrivacy() {
    return storedOrDefaults().minorPrivacy();
  }

  /** Whether clients may pay in the portal ("Clients can pay online"). */
  public boolean onlinePaymentsEnabled() {
    return storedOrDefaults().onlinePaymentsEnabled();
  }

  /** The stored settings, or the defaults (not stored) when the practice has none yet. */
  PortalSettings storedOrDefaults() {
    return stored().orElseGet(PortalSettings::defaults);
  }

  /** The stored settings, if the practice ever saved any. */
  Optional<PortalSettings> stored() {
    return em.createQuery("SELECT s FROM PortalSettings s", PortalSettings.class)
        .getResultStream()
        .findFirst();
  }
}
