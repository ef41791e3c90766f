package org.foyer.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a client's ledger as staff read it.
 *
 * @param kind {@code CHARGE}, {@code PAYMENT}, {@code ADJUSTMENT}, {@code WRITE_OFF} or {@code
 *     REFUND}
 * @param amountCents the entry's effect on what the client owes, in minor units
 * @param balanceCents what the client owed after this entry
 */
public record LedgerLine(
    UUID id,
    String kind,
    String kindLabel,
    long amountCents,
    long balanceCents,
    String currency,
    String description,
    UUID appointmentId,
    UUID invoiceId,
    UUID paymentId,
    Instant recordedAt,
    String recordedBy) {}
