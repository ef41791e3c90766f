package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.foyer.admin.forms.boundary.FormChanged;
import org.foyer.admin.packets.boundary.PacketChanged;
import org.foyer.admin.packs.PackChanged;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;

/**
 * Records changes to the practice's forms, intake packets and template packs. The observers are
 * synchronous, so each record commits or rolls back with its change. Subjects name ids, versions
 * and hashes only, never answers.
 */
@ApplicationScoped
public class FormsAuditing {

  @Inject AuditLog log;

  void formChanged(@Observes FormChanged changed) {
    log.record(
        AuditRecord.success(actor(changed.actor()), AuditAction.valueOf("FORM_" + changed.change()))
            .about(fitting("form " + changed.formId() + ": " + changed.detail())));
  }

  void packetChanged(@Observes PacketChanged changed) {
    log.record(
        AuditRecord.success(actor(changed.actor()), AuditAction.INTAKE_PACKET_CHANGED)
            .about(fitting("packet " + changed.packetId() + ": " + changed.detail())));
  }

  void packChanged(@Observes PackChanged changed) {
    log.record(
        AuditRecord.success(
                actor(changed.actor()), AuditAction.valueOf("TEMPLATE_PACK_" + changed.change()))
            .about(fitting("pack " + changed.packKey() + " " + changed.detail())));
  }

  private static String actor(java.util.UUID account) {
    return account == null ? "unknown" : "staff " + account;
  }

  /** Titles and pack names are free text; the subject column is not. */
  static String fitting(String subject) {
    return subject.length() <= AuditRecord.SUBJECT_LENGTH
        ? subject
        : subject.substring(0, AuditRecord.SUBJECT_LENGTH - 1) + "…";
  }
}
