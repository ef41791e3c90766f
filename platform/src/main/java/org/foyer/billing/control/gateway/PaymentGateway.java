package org.foyer.billing.control.gateway;

import org.foyer.billing.settings.entity.GatewayKind;

/**
 * A payment processor. Every call that moves money or creates something carries the caller's
 * idempotency key, so the same attempt sent twice (a double click, a retry after a timeout) is one
 * charge at the processor. A processor that cannot answer in time says {@link
 * ChargeResult.Outcome#UNKNOWN}, never "failed": the money may have moved, and its webhook will
 * tell.
 */
public interface PaymentGateway {

  GatewayKind kind();

  ChargeResult charge(GatewayAccount account, ChargeRequest request);

  RefundResult refund(GatewayAccount account, RefundRequest request);

  /** A customer at the processor for one client, to save cards on. */
  String createCustomer(GatewayAccount account, String idempotencyKey, String clientReference);

  /**
   * Keeps a card the processor's card form tokenised on the client's customer, for payments the
   * client is not present for (autopay, the front desk). With Stripe this confirms a SetupIntent;
   * the card's bank may ask the client to confirm first ({@code REQUIRES_ACTION} with the client
   * secret), and the processor's reference of the keeping is then looked up with {@link
   * #lookUpKeptCard}. Nothing is charged.
   */
  ChargeResult keepCard(
      GatewayAccount account, String idempotencyKey, String customerRef, String paymentMethodRef);

  /**
   * Where keeping a card stands after the client's bank check, and only for that card and customer:
   * a reference of another card or customer is {@code DECLINED}.
   */
  ChargeResult lookUpKeptCard(
      GatewayAccount account, String keepingRef, String customerRef, String paymentMethodRef);

  /**
   * Asks the processor where a charge stands now: after the client confirmed it with their bank,
   * the page they come back to learns the outcome here rather than waiting for the webhook.
   */
  ChargeResult lookUp(GatewayAccount account, String processorRef);

  /**
   * The brand, last four digits and expiry of the card behind a token the processor's card form
   * made; the token is not charged.
   *
   * @throws org.foyer.core.errors.InvalidInput when the processor knows no such card
   */
  CardDetails describeCard(GatewayAccount account, String paymentMethodRef);

  /**
   * Checks a webhook's signature and reads it.
   *
   * @throws ForgedWebhook when the signature does not match, is missing or is too old
   */
  WebhookEvent readWebhook(GatewayAccount account, String payload, String signatureHeader);
}
