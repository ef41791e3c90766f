package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;

/**
 * Records changes to a practice's portal settings, its service types and locations, and each staff
 * member's own preferences. The observers are synchronous, so each record commits or rolls back
 * with its change.
 */
@ApplicationScoped
public class PracticeSettingsAuditing {

  @Inject AuditLog log;

  void portalSettingsChanged(@Observes PortalSettingsChanged changed) {
    log.record(
        AuditRecord.success(changed.actor(), AuditAction.PORTAL_SETTINGS_CHANGED)
            .about(changed.what()));
  }

  void catalogChanged(@Observes CatalogChanged changed) {
    log.record(
        AuditRecord.success(changed.actor(), AuditAction.SERVICE_CATALOG_CHANGED)
            .about(changed.what() + " " + changed.subject()));
  }

  void preferencesChanged(@Observes PreferencesChanged changed) {
    log.record(
        AuditRecord.success(changed.actor(), AuditAction.STAFF_PREFERENCES_CHANGED)
            .about(changed.what()));
  }
}
