package org.foyer.billing.control.gateway;

/**
 * What a processor said of a refund.
 *
 * @param refundRef the processor's id of the refund, recorded once in the ledger
 */
public record RefundResult(boolean succeeded, String refundRef, String message) {}
