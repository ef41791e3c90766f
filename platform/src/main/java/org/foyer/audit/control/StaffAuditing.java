package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.foyer.admin.roles.boundary.RolesChanged;
import org.foyer.admin.staff.boundary.StaffChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;

/**
 * Records staff administration (invitations, roles, deactivation, seats, custom roles, default
 * permissions). The observers are synchronous, so each record commits or rolls back with its
 * change; the change kinds and audit actions share their names.
 */
@ApplicationScoped
public class StaffAuditing {

  @Inject AuditLog log;

  void staffChanged(@Observes StaffChanged changed) {
    log.record(
        AuditRecord.success(changed.actor(), AuditAction.valueOf(changed.change().name()))
            .about(fitting(changed.subject())));
  }

  void rolesChanged(@Observes RolesChanged changed) {
    log.record(
        AuditRecord.success(changed.actor(), AuditAction.valueOf(changed.change().name()))
            .about(fitting(changed.subject())));
  }

  /** Capability lists can grow with new capabilities; the subject column cannot. */
  static String fitting(String subject) {
    return subject == null || subject.length() <= AuditRecord.SUBJECT_LENGTH
        ? subject
        : subject.substring(0, AuditRecord.SUBJECT_LENGTH - 1) + "…";
  }
}
