package org.foyer.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as staff (and the client paying) see it.
 *
 * @param status {@code PENDING}, {@code REQUIRES_ACTION}, {@code SUCCEEDED} or {@code FAILED}
 * @param clientSecret only while the card's bank asks the client to authenticate: what the
 *     processor's card form needs to finish; never stored by Foyer
 * @param message why it failed or what it waits for, in words people read
 * @param refundableCents what may still be refunded
 */
public record PaymentView(
    UUID id,
    UUID clientId,
    long amountCents,
    String currency,
    String method,
    String status,
    String clientSecret,
    String message,
    long refundableCents,
    Instant createdAt) {}
