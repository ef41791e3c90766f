package org.foyer.billing;

import java.util.List;
import java.util.UUID;

/**
 * A payment to take or record for a client.
 *
 * @param method {@code CASH}, {@code CHEQUE}, {@code CARD_TERMINAL} (recorded by staff) or {@code
 *     CARD} (through the practice's processor, with {@code paymentMethod})
 * @param idempotencyKey one per attempt, made when the Pay form is shown: the same key sent twice
 *     is one payment
 * @param paymentMethod the processor's token of the card, for {@code CARD}
 * @param reference what staff note of a manual payment: a cheque's number
 * @param allocations how the payment is split across the client's sent invoices; what is left is
 *     credit
 */
public record PaymentRequest(
    UUID clientId,
    long amountCents,
    String method,
    String idempotencyKey,
    String paymentMethod,
    String reference,
    List<Allocation> allocations) {

  /** Part of a payment applied to one invoice. */
  public record Allocation(UUID invoiceId, long amountCents) {}

  public List<Allocation> allocationsOrNone() {
    return allocations == null ? List.of() : allocations;
  }
}
