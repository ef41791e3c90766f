package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;

/** Records sign-in events of the current practice in its audit log. */
@ApplicationScoped
public class SignInAudit {

  @Inject AuditLog log;

  public void record(String actor, AuditAction action, AuditOutcome outcome, String address) {
    log.record(new AuditRecord(clip(actor), null, action, null, outcome, address));
  }

  /** Typed-in emails can be anything; the log keeps at most what its column holds. */
  private static String clip(String actor) {
    String value = actor == null || actor.isBlank() ? "(blank)" : actor.strip();
    return value.length() > AuditRecord.ACTOR_LENGTH
        ? value.substring(0, AuditRecord.ACTOR_LENGTH)
        : value;
  }
}
