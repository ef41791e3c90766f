package org.foyer.billing.control.processors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.billing.control.gateway.ForgedWebhook;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.Conflict;
import org.junit.jupiter.api.Test;

/** The gateway of payments staff record by hand keeps no cards and hears no processor. */
class ManualGatewayTest {

  final ManualGateway gateway = new ManualGateway();
  final GatewayAccount account = new GatewayAccount(GatewayKind.MANUAL, null, null);

  @Test
  void savingACardIsRefusedInWordsNotAsAServerError() {
    assertThatThrownBy(() -> gateway.createCustomer(account, "key-1", "client"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("takes payments in person");
    assertThatThrownBy(() -> gateway.keepCard(account, "key-2", "customer", "pm_1"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("a card cannot be saved");
  }

  @Test
  void aWebhookIsNeverAcceptedForManualPayments() {
    assertThatThrownBy(() -> gateway.readWebhook(account, "{}", "t=1,v1=00"))
        .isInstanceOf(ForgedWebhook.class);
  }
}
