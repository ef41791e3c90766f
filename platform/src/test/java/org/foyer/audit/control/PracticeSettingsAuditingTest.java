package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.SamplePractices;
import org.junit.jupiter.api.Test;

/** Portal settings, catalogue and preference changes land in the practice's audit chain. */
class PracticeSettingsAuditingTest {

  static final TestDatabase db = TestDatabase.get();

  final PracticeSettingsAuditing auditing = new PracticeSettingsAuditing();

  PracticeSettingsAuditingTest() {
    auditing.log = new AuditLog(db.entityManager(), Clock.systemUTC());
  }

  @Test
  void eachChangeIsRecordedWithItsActorAndWhatChanged() {
    TenantId practice = SamplePractices.create(db, "settings-audit");
    UUID serviceType = UUID.randomUUID();
    db.inTenant(
        practice,
        () -> {
          auditing.portalSettingsChanged(
              new PortalSettingsChanged("admin@x.test", "portal settings saved"));
          auditing.catalogChanged(
              new CatalogChanged("admin@x.test", "service type archived", serviceType));
          auditing.preferencesChanged(
              new PreferencesChanged("therapist@x.test", "service types chosen"));
          return null;
        });

    List<AuditEvent> events = db.inTenant(practice, () -> auditing.log.listRecent(3));
    assertThat(events)
        .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::subject)
        .containsExactly(
            tuple(
                AuditAction.STAFF_PREFERENCES_CHANGED, "therapist@x.test", "service types chosen"),
            tuple(
                AuditAction.SERVICE_CATALOG_CHANGED,
                "admin@x.test",
                "service type archived " + serviceType),
            tuple(AuditAction.PORTAL_SETTINGS_CHANGED, "admin@x.test", "portal settings saved"));
  }
}
