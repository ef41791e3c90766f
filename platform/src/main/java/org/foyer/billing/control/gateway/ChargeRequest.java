package org.foyer.billing.control.gateway;

import java.util.Objects;
import java.util.UUID;

/**
 * One charge to ask of a processor.
 *
 * @param idempotencyKey the payment attempt's key, sent with the call
 * @param paymentId Foyer's payment, sent as metadata so a webhook finds it even when the
 *     processor's answer to this call was lost
 * @param paymentMethod the processor's token of the card (absent for money taken by staff)
 * @param customerRef the processor's customer the saved card belongs to, or null
 * @param offSession whether the client is away (autopay): nobody can answer the bank's check
 */
public record ChargeRequest(
    String idempotencyKey,
    UUID paymentId,
    long amountCents,
    String currency,
    String paymentMethod,
    String customerRef,
    String description,
    boolean offSession) {

  public ChargeRequest {
    Objects.requireNonNull(idempotencyKey, "idempotency key");
    Objects.requireNonNull(paymentId, "payment");
    Objects.requireNonNull(currency, "currency");
  }
}
