package org.foyer.billing;

import java.util.UUID;

/**
 * An adjustment (either way) or a write-off, optionally on one invoice.
 *
 * @param kind {@code ADJUSTMENT} or {@code WRITE_OFF}
 * @param amountCents for an adjustment, positive raises what the client owes and negative lowers
 *     it; for a write-off, the amount given up, more than zero
 */
public record CorrectionRequest(String kind, long amountCents, UUID invoiceId, String reason) {}
