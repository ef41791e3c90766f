package org.foyer.billing.control.gateway;

import java.util.Optional;
import java.util.UUID;

/**
 * A processor's event, after its signature was checked.
 *
 * @param eventId the processor's id, by which a replay is recognised
 * @param paymentId Foyer's payment the event is about, from the metadata Foyer sent
 * @param processorRef the processor's id of the charge
 */
public record WebhookEvent(
    String eventId,
    String type,
    Kind kind,
    Optional<UUID> paymentId,
    String processorRef,
    String message) {

  public enum Kind {
    PAYMENT_SUCCEEDED,
    PAYMENT_FAILED,
    /** Any other event: acknowledged and kept out of the ledger. */
    OTHER
  }
}
