package org.foyer.billing.control.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import org.foyer.billing.entity.GatewayKind;

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
    throw unsupported("save cards");
  }

  @Override
  public SetupResult setUpCard(GatewayAccount account, String idempotencyKey, String customer) {
    throw unsupported("save cards");
  }

  @Override
  public WebhookEvent readWebhook(GatewayAccount account, String payload, String signature) {
    throw new ForgedWebhook("Payments recorded by staff have no webhooks");
  }

  private static UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException("Payments recorded by staff cannot " + what);
  }
}
