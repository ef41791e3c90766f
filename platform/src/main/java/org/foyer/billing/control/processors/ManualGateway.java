package org.foyer.billing.control.processors;

import jakarta.enterprise.context.ApplicationScoped;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.billing.control.gateway.ChargeRequest;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.control.gateway.ForgedWebhook;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.control.gateway.PaymentGateway;
import org.foyer.billing.control.gateway.RefundRequest;
import org.foyer.billing.control.gateway.RefundResult;
import org.foyer.billing.control.gateway.WebhookEvent;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.Conflict;

/**
 * Money staff took in person: cash, a cheque, the practice's own card terminal. It has already
 * moved when it is recorded, so a charge always succeeds and a refund is money handed back; there
 * are no customers, saved cards or webhooks.
 */
@ApplicationScoped
public class ManualGateway implements PaymentGateway {

  @Override
  public GatewayKind kind() {
    return GatewayKind.MANUAL;
  }

  @Override
  public ChargeResult charge(GatewayAccount account, ChargeRequest request) {
    return ChargeResult.succeeded(null);
  }

  @Override
  public RefundResult refund(GatewayAccount account, RefundRequest request) {
    return new RefundResult(true, null, null);
  }

  @Override
  public String createCustomer(GatewayAccount account, String idempotencyKey, String client) {
    throw noCardsOnFile();
  }

  @Override
  public ChargeResult keepCard(
      GatewayAccount account, String idempotencyKey, String customer, String paymentMethod) {
    throw noCardsOnFile();
  }

  @Override
  public ChargeResult lookUpKeptCard(
      GatewayAccount account, String keepingRef, String customer, String paymentMethod) {
    throw noCardsOnFile();
  }

  @Override
  public ChargeResult lookUp(GatewayAccount account, String processorRef) {
    return ChargeResult.succeeded(processorRef);
  }

  @Override
  public CardDetails describeCard(GatewayAccount account, String paymentMethodRef) {
    throw noCardsOnFile();
  }

  @Override
  public WebhookEvent readWebhook(GatewayAccount account, String payload, String signature) {
    throw new ForgedWebhook("Payments recorded by staff have no webhooks");
  }

  /**
   * Cash, cheques and a card terminal keep no card: a request to save one is refused in words a
   * client can act on, never as a server error.
   */
  private static Conflict noCardsOnFile() {
    return new Conflict(
        "This practice takes payments in person, so a card cannot be saved here. Ask the practice"
            + " about paying online.");
  }
}
