package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.processors.TestGateway;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Where a client types a card: always the processor's own form, so the number never reaches Foyer.
 * With the test processor that is its page under {@code /test-processor/}, which sends the client
 * back with a token; with Stripe it is Stripe.js's Payment Element inside Foyer's page, and no
 * address is needed.
 */
@ApplicationScoped
public class CardForms {

  /** What the card form is for. */
  public enum Purpose {
    PAY,
    SAVE
  }

  private ContactNetwork network;
  private ProcessorAccounts accounts;
  private TestGateway testProcessor;
  private Payments payments;

  protected CardForms() {}

  @Inject
  public CardForms(
      ContactNetwork network,
      ProcessorAccounts accounts,
      TestGateway testProcessor,
      Payments payments) {
    this.network = network;
    this.accounts = accounts;
    this.testProcessor = testProcessor;
    this.payments = payments;
  }

  /**
   * The address of the test processor's card form, which sends the client back to {@code
   * returnPath} (a path of this site) with {@code token=} added.
   */
  @Transactional(readOnly = true)
  public String open(
      Caller caller,
      UUID clientId,
      Purpose purpose,
      long amountCents,
      String merchant,
      String returnPath) {
    requireAccess(caller, clientId);
    requireTestProcessor();
    return TestProcessorPages.PATH
        + testProcessor.open(
            new TestGateway.ElementSession(
                purpose.name(),
                merchant,
                amountCents,
                accounts.settings().currency(),
                returnPath,
                null));
  }

  /** The address of the test processor's page where the client answers their bank's check. */
  @Transactional(readOnly = true)
  public String openBankCheck(
      Caller caller, UUID clientId, UUID paymentId, String merchant, String returnPath) {
    requireAccess(caller, clientId);
    requireTestProcessor();
    Payment payment = payments.paymentOf(clientId, paymentId);
    String ref = payment.processorRef().orElseThrow(() -> new NotFound(Payments.PAYMENT));
    return TestProcessorPages.PATH
        + testProcessor.open(
            new TestGateway.ElementSession(
                "AUTHENTICATE",
                merchant,
                payment.amountCents(),
                payment.currency(),
                returnPath,
                ref));
  }

  private void requireTestProcessor() {
    if (accounts.settings().gateway() != GatewayKind.TEST) {
      throw new Conflict(
          "Cards are typed into the processor's own form on the billing page, not at an address");
    }
  }

  private void requireAccess(Caller caller, UUID clientId) {
    if (caller == null || caller.kind() != Caller.Kind.PORTAL || clientId == null) {
      throw new NotFound(Billing.CLIENT);
    }
    network.getProfile(caller, clientId, ContactPermission.BILLING);
  }
}
