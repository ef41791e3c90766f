package org.foyer.audit.boundary;

import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainVerification;

/**
 * The audit chain check as the API shows it; the head hash is left out for an empty chain and the
 * broken link when the chain holds.
 */
public record ChainVerificationView(
    boolean intact, long intactEvents, String headHash, BrokenLink firstBrokenLink) {

  static ChainVerificationView of(ChainVerification result) {
    return new ChainVerificationView(
        result.isIntact(),
        result.intactEvents(),
        result.headHash(),
        result.findBrokenLink().orElse(null));
  }
}
