package org.foyer.billing;

/**
 * Money to return from a payment.
 *
 * @param idempotencyKey one per refund attempt, sent to the processor
 */
public record RefundOrder(long amountCents, String idempotencyKey, String reason) {}
