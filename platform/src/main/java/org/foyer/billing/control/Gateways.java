package org.foyer.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.foyer.billing.control.gateway.PaymentGateway;
import org.foyer.billing.settings.entity.GatewayKind;

/** Every payment processor Foyer speaks to, by kind. */
@ApplicationScoped
public class Gateways {

  private final Map<GatewayKind, PaymentGateway> byKind = new EnumMap<>(GatewayKind.class);

  protected Gateways() {}

  @Inject
  public Gateways(Instance<PaymentGateway> gateways) {
    this((Iterable<PaymentGateway>) gateways);
  }

  public Gateways(Iterable<PaymentGateway> gateways) {
    for (PaymentGateway gateway : gateways) {
      byKind.put(gateway.kind(), gateway);
    }
  }

  public PaymentGateway get(GatewayKind kind) {
    PaymentGateway gateway = byKind.get(kind);
    if (gateway == null) {
      throw new IllegalStateException("No payment gateway for " + kind);
    }
    return gateway;
  }
}
