package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.core.practice.PracticeRegistered;

/**
 * Opens each new practice's audit chain with its creation, inside the creating transaction (the
 * observer is synchronous), so no practice exists without that first record.
 */
@ApplicationScoped
public class PracticeAuditing {

  @Inject AuditLog log;

  void practiceRegistered(@Observes PracticeRegistered registered) {
    log.record(
        AuditRecord.success("operator", AuditAction.PRACTICE_CREATED)
            .about("practice " + registered.slug()));
    log.record(
        AuditRecord.success("operator", AuditAction.STAFF_CREATED)
            .about("staff " + registered.administratorId()));
  }
}
