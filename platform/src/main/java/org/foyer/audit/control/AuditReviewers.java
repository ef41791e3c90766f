package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * Who may read the audit log, its chain check and a client's access history: staff who hold "Review
 * the audit log". Staff without it are refused, and their attempt is recorded first; anyone who is
 * not staff of the practice meets 404. A bean of its own so the attempt is recorded through {@link
 * AuditLog}'s own unit of work, which the refusal that follows cannot roll back.
 */
@ApplicationScoped
public class AuditReviewers {

  private AuditLog log;

  protected AuditReviewers() {}

  @Inject
  public AuditReviewers(AuditLog log) {
    this.log = log;
  }

  /**
   * @param reading the action the reading would be recorded as
   * @param subject what it was about, for the record of a refused attempt (may be null)
   * @param what the thing asked for, as a refusal or 404 names it
   */
  public void require(
      Caller caller, AuditAction reading, String subject, String address, String what) {
    if (caller.isStaff() && !caller.can(Capability.REVIEW_AUDIT_LOG)) {
      log.record(AuditRecord.denied(caller.email(), reading).about(subject).from(address));
    }
    caller.require(Capability.REVIEW_AUDIT_LOG, what);
  }
}
