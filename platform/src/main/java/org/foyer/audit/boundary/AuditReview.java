package org.foyer.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditAnchoring;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.control.AuditReviewers;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * Who may check the audit chain: staff holding {@link Capability#REVIEW_AUDIT_LOG}. Other staff are
 * refused (403); anyone who is not staff of the practice meets 404, as for anything of another
 * practice. The chain is checked against its last signed anchor (see {@link AuditAnchoring}), so
 * rows rewritten to the end or cut off the end show too. Each check is itself recorded, with the
 * head hash it saw, so a later rewrite of the chain disagrees with an earlier record of it.
 */
@ApplicationScoped
public class AuditReview {

  @Inject AuditAnchoring anchoring;
  @Inject AuditLog log;
  @Inject AuditReviewers reviewers;

  /**
   * Not one transaction: a refusal must leave its record behind, and the refusal's exception would
   * roll back a record made in the same unit of work.
   */
  public ChainVerification verify(Caller caller, String address) {
    reviewers.require(caller, AuditAction.AUDIT_VERIFIED, null, address, "The audit log");
    ChainVerification result = anchoring.verify();
    log.record(
        AuditRecord.success(caller.email(), AuditAction.AUDIT_VERIFIED)
            .about(result.isIntact() ? "head " + result.headHash() : "broken")
            .from(address));
    return result;
  }
}
