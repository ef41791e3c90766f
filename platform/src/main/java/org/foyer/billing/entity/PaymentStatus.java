package org.foyer.billing.entity;

/**
 * Where a payment stands with its processor. Only a succeeded payment is in the ledger; pending
 * means the processor's answer is not known yet (a timeout), and its webhook will tell.
 */
public enum PaymentStatus {
  PENDING,
  /** The processor asks the client to authenticate (3-D Secure) before it charges. */
  REQUIRES_ACTION,
  SUCCEEDED,
  FAILED;

  public boolean isSettled() {
    return this == SUCCEEDED || this == FAILED;
  }
}
