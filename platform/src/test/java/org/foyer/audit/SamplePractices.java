package org.foyer.audit;

import java.time.Instant;
import java.util.UUID;
import org.foyer.persistence.TestDatabase;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.TenantId;
import org.foyer.tenancy.TenantSlug;

/** Fresh practices in the shared test database, so each test owns a chain of its own. */
final class SamplePractices {

  private SamplePractices() {}

  static TenantId create(TestDatabase db, String prefix) {
    Practice practice =
        new Practice(
            new TenantSlug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Practice " + prefix,
            "UTC",
            Instant.now());
    return db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          db.entityManager().flush();
          return practice.tenantId();
        });
  }
}
