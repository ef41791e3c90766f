package org.foyer.billing.control.gateway;

import java.util.Objects;

/** Money to return from a charge the processor made ({@code processorRef}). */
public record RefundRequest(String idempotencyKey, String processorRef, long amountCents) {

  public RefundRequest {
    Objects.requireNonNull(idempotencyKey, "idempotency key");
    if (amountCents <= 0) {
      throw new IllegalArgumentException("a refund is more than zero");
    }
  }
}
