package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.cards.AutopayRequest;
import org.foyer.billing.cards.AutopayTerms;
import org.foyer.billing.cards.AutopayView;
import org.foyer.billing.cards.CardSaving;
import org.foyer.billing.cards.CardToSave;
import org.foyer.billing.cards.SavedCardView;
import org.foyer.billing.cards.entity.AutopayConsent;
import org.foyer.billing.cards.entity.SavedCard;
import org.foyer.billing.control.Gateways;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.billing.control.gateway.ChargeResult;
import org.foyer.billing.control.gateway.PaymentGateway;
import org.foyer.billing.entity.Invoice;
import org.foyer.billing.entity.InvoiceStatus;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.portal.PortalBillingView;
import org.foyer.billing.portal.PortalPayment;
import org.foyer.billing.portal.ReceiptView;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * Billing as a portal login sees it, for a client whose link permits billing: the balance,
 * invoices, payments with receipts, paying by card, saved cards and autopay. Anyone else, another
 * client's invoice, payment or card, and another practice's ids meet {@link NotFound}, as things
 * that do not exist. Card numbers never arrive here: only the processor's tokens.
 */
@ApplicationScoped
public class PortalBilling {

  static final String NOT_PAID = "The payment was not made";

  private EntityManager em;
  private ContactNetwork network;
  private ClientLogins logins;
  private Billing billing;
  private Payments payments;
  private SavedCards savedCards;
  private Ledger ledger;
  private ProcessorAccounts accounts;
  private Gateways gateways;
  private AuditLog audit;
  private Inputs inputs;
  private Clock clock;

  protected PortalBilling() {}

  @Inject
  public PortalBilling(
      EntityManager em,
      ContactNetwork network,
      ClientLogins logins,
      Billing billing,
      Payments payments,
      SavedCards savedCards,
      Ledger ledger,
      ProcessorAccounts accounts,
      Gateways gateways,
      AuditLog audit,
      Inputs inputs,
      Clock clock) {
    this.em = em;
    this.network = network;
    this.logins = logins;
    this.billing = billing;
    this.payments = payments;
    this.savedCards = savedCards;
    this.ledger = ledger;
    this.accounts = accounts;
    this.gateways = gateways;
    this.audit = audit;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** The balance, sent invoices, payments, saved cards and autopay; audited as a read. */
  @Transactional
  public PortalBillingView overview(Caller caller, UUID clientId) {
    ClientProfile profile = requireAccess(caller, clientId);
    List<InvoiceView> invoices =
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.clientId = :client AND i.status = :sent"
                    + " ORDER BY i.sentAt DESC, i.id",
                Invoice.class)
            .setParameter("client", clientId)
            .setParameter("sent", InvoiceStatus.SENT)
            .getResultStream()
            .map(billing::view)
            .toList();
    List<String> payers = payers(caller, clientId);
    List<ReceiptView> paid =
        payments.listOf(clientId).stream()
            .map(payment -> receiptOf(payment, profile.displayName(), payers))
            .toList();
    GatewayKind processor = accounts.settings().gateway();
    record(caller, clientId, AuditAction.BILLING_VIEWED, "billing read in the portal");
    return new PortalBillingView(
        clientId,
        accounts.settings().currency(),
        ledger.balanceOf(clientId),
        invoices,
        paid,
        savedCards.listOf(clientId).stream().map(PortalBilling::view).toList(),
        savedCards.consentOf(clientId).map(this::view).orElse(null),
        takesCardsOnline(processor),
        processor.name(),
        processor == GatewayKind.STRIPE ? accounts.settings().publishableKey().orElse(null) : null);
  }

  /**
   * Pays an invoice, or any amount toward the balance, with a card token from the processor's card
   * form or a saved card. The attempt's key makes a double-clicked Pay one charge; a decline is
   * recorded as a failed payment and leaves the ledger as it was.
   */
  @Transactional
  public PaymentView pay(Caller caller, UUID clientId, PortalPayment payment) {
    requireAccess(caller, clientId);
    inputs.check(payment, NOT_PAID, Map.of());
    onlineProcessor();
    if (payment.invoiceId() != null) {
      Invoice invoice = billing.invoiceOf(clientId, payment.invoiceId());
      if (invoice.status() != InvoiceStatus.SENT) {
        throw new NotFound(Billing.INVOICE);
      }
    }
    Payments.SavedCardCharge saved = null;
    if (payment.savedCardId() != null) {
      saved = savedCards.chargeable(savedCards.cardOf(clientId, payment.savedCardId()));
    } else if (payment.cardToken() == null) {
      throw Billing.invalid("cardToken", "Enter a card, or choose a saved card");
    }
    Payments.Taken taken =
        payments.take(
            caller.email(),
            new PaymentRequest(
                clientId,
                payment.amountCents(),
                "CARD",
                payment.idempotencyKey(),
                payment.cardToken(),
                null,
                payment.invoiceId() == null
                    ? List.of()
                    : List.of(
                        new PaymentRequest.Allocation(payment.invoiceId(), payment.amountCents()))),
            saved,
            false);
    Payment made = taken.payment();
    record(
        caller,
        clientId,
        AuditAction.PAYMENT_TAKEN,
        "payment " + made.id() + " " + made.status().name().toLowerCase());
    return payments.view(made, taken.clientSecret());
  }

  /**
   * Where a payment stands after the client answered their bank's check on the processor's page:
   * the processor is asked, and the ledger receives the money if it went through.
   */
  @Transactional
  public PaymentView confirm(Caller caller, UUID clientId, UUID paymentId) {
    requireAccess(caller, clientId);
    Payments.Taken taken = payments.refresh(payments.paymentOf(clientId, paymentId));
    return payments.view(taken.payment(), taken.clientSecret());
  }

  /** One payment's receipt; audited as a read. */
  @Transactional
  public ReceiptView receipt(Caller caller, UUID clientId, UUID paymentId) {
    ClientProfile profile = requireAccess(caller, clientId);
    Payment payment = payments.paymentOf(clientId, paymentId);
    record(caller, clientId, AuditAction.PAYMENT_VIEWED, "receipt of payment " + payment.id());
    return receiptOf(payment, profile.displayName(), payers(caller, clientId));
  }

  /**
   * Keeps a card the processor's card form tokenised, for later payments and autopay: its token,
   * brand, last four and expiry, as the processor describes them. The processor keeps it on the
   * client's customer first (Stripe: a confirmed SetupIntent); when the card's bank asks the client
   * to confirm, nothing is kept until they have, and the answer carries what the processor's form
   * needs for that check.
   */
  @Transactional
  public CardSaving saveCard(Caller caller, UUID clientId, CardToSave card) {
    requireAccess(caller, clientId);
    inputs.check(card, "The card was not saved", Map.of());
    GatewayKind kind = onlineProcessor();
    // Coming back to the card form's answer again (a reload, the Back button) saves nothing twice.
    Optional<SavedCard> known =
        savedCards.listOf(clientId).stream()
            .filter(c -> c.processorRef().equals(card.cardToken()))
            .findFirst();
    if (known.isPresent()) {
      return new CardSaving(view(known.get()), null, null);
    }
    PaymentGateway gateway = gateways.get(kind);
    CardDetails details = gateway.describeCard(accounts.account(kind), card.cardToken());
    if (YearMonth.of(details.expYear(), details.expMonth()).isBefore(thisMonth())) {
      throw Billing.invalid("cardToken", "This card has expired; save a card that has not");
    }
    String customer =
        savedCards.listOf(clientId).stream()
            .filter(c -> c.gateway() == kind)
            .flatMap(c -> c.customerRef().stream())
            .findFirst()
            .orElseGet(
                () ->
                    gateway.createCustomer(
                        accounts.account(kind),
                        "customer-" + clientId + "-" + card.cardToken(),
                        clientId.toString()));
    ChargeResult kept =
        card.keepingRef() == null
            ? gateway.keepCard(
                accounts.account(kind),
                "keep-" + clientId + "-" + card.cardToken(),
                customer,
                card.cardToken())
            : gateway.lookUpKeptCard(
                accounts.account(kind), card.keepingRef(), customer, card.cardToken());
    switch (kept.outcome()) {
      case REQUIRES_ACTION -> {
        return new CardSaving(null, kept.clientSecret(), kept.processorRef());
      }
      case DECLINED ->
          throw Billing.invalid(
              "cardToken",
              (kept.message() == null ? "The card could not be saved" : kept.message())
                  + ". Nothing was saved; try another card.");
      case UNKNOWN ->
          throw new Conflict(
              "The card processor did not answer in time, so the card is not saved yet. Try"
                  + " again in a minute.");
      default -> {
        // Kept at the processor: now Foyer keeps its token and description.
      }
    }
    SavedCard saved =
        new SavedCard(
            clientId,
            kind,
            card.cardToken(),
            customer,
            details.brand(),
            details.last4(),
            details.expMonth(),
            details.expYear(),
            caller.email(),
            clock.instant());
    em.persist(saved);
    record(caller, clientId, AuditAction.CARD_SAVED, "card " + saved.id() + " saved");
    return new CardSaving(view(saved), null, null);
  }

  /** Removes a saved card; autopay with it stops at once. */
  @Transactional
  public void removeCard(Caller caller, UUID clientId, UUID cardId) {
    requireAccess(caller, clientId);
    SavedCard card = savedCards.cardOf(clientId, cardId);
    card.remove(clock.instant());
    savedCards
        .consentOf(clientId)
        .filter(consent -> consent.cardId().equals(cardId))
        .ifPresent(consent -> consent.withdraw(caller.email(), clock.instant()));
    record(caller, clientId, AuditAction.CARD_REMOVED, "card " + card.id() + " removed");
  }

  /**
   * Consent to autopay with a saved card, to the terms' current wording: records its version, who
   * gave it (the client, or a contact on their behalf) and when. A standing consent is replaced.
   */
  @Transactional
  public AutopayView consentToAutopay(Caller caller, UUID clientId, AutopayRequest request) {
    ClientProfile profile = requireAccess(caller, clientId);
    inputs.check(request, "Autopay was not turned on", Map.of());
    onlineProcessor();
    if (!AutopayTerms.VERSION.equals(request.termsVersion())) {
      throw Billing.invalid(
          "termsVersion", "The autopay terms have changed: read them again before agreeing");
    }
    SavedCard card = savedCards.cardOf(clientId, request.cardId());
    savedCards.consentOf(clientId).ifPresent(c -> c.withdraw(caller.email(), clock.instant()));
    em.flush();
    AutopayConsent consent =
        new AutopayConsent(
            clientId,
            card.id(),
            AutopayTerms.VERSION,
            caller.email(),
            profile.relationship() != Relationship.SELF,
            clock.instant());
    em.persist(consent);
    record(
        caller,
        clientId,
        AuditAction.AUTOPAY_CONSENTED,
        "autopay with card " + card.id() + " to terms " + AutopayTerms.VERSION);
    return view(consent);
  }

  /** Turns autopay off; nothing happens when it was not on. */
  @Transactional
  public void stopAutopay(Caller caller, UUID clientId) {
    requireAccess(caller, clientId);
    savedCards
        .consentOf(clientId)
        .ifPresent(
            consent -> {
              consent.withdraw(caller.email(), clock.instant());
              record(caller, clientId, AuditAction.AUTOPAY_WITHDRAWN, "autopay turned off");
            });
  }

  /**
   * The processor cards go to from the portal: the practice must have one connected and must let
   * clients pay online (its portal setting); otherwise the portal shows the history only.
   */
  private GatewayKind onlineProcessor() {
    GatewayKind kind = accounts.settings().gateway();
    if (!takesCardsOnline(kind)) {
      throw new Conflict(
          "This practice takes payments in person, so cards are not taken here. Ask the practice"
              + " about paying online.");
    }
    return kind;
  }

  private boolean takesCardsOnline(GatewayKind kind) {
    return kind != GatewayKind.MANUAL && new CurrentPortalSettings(em).onlinePaymentsEnabled();
  }

  private YearMonth thisMonth() {
    return YearMonth.now(clock);
  }

  /** Addresses of the portal logins that may pay for the client, the caller's among them. */
  private List<String> payers(Caller caller, UUID clientId) {
    List<String> payers =
        new java.util.ArrayList<>(
            logins.listRecipients(clientId, ContactPermission.BILLING, false));
    payers.add(caller.email());
    return payers;
  }

  private ReceiptView receiptOf(Payment payment, String clientName, List<String> payers) {
    PaymentView view = payments.view(payment, null);
    return new ReceiptView(
        payment.id(),
        payment.amountCents(),
        payment.currency(),
        payment.method().name(),
        payment.status().name(),
        payment.failure().orElse(null),
        payment.cardBrand().orElse(null),
        payment.cardLast4().orElse(null),
        payment.createdAt(),
        view.status().equals("SUCCEEDED") ? payment.amountCents() - view.refundableCents() : 0,
        clientName,
        ReceiptView.payer(payment.createdBy(), payers));
  }

  static SavedCardView view(SavedCard card) {
    return new SavedCardView(
        card.id(), card.brand(), card.last4(), card.expMonth(), card.expYear(), card.savedAt());
  }

  private AutopayView view(AutopayConsent consent) {
    SavedCard card = em.find(SavedCard.class, consent.cardId());
    return new AutopayView(
        consent.cardId(),
        view(card).label(),
        consent.termsVersion(),
        consent.consentedBy(),
        consent.onBehalf(),
        consent.consentedAt());
  }

  /** A portal login whose standing link to the client permits billing; anyone else, 404. */
  private ClientProfile requireAccess(Caller caller, UUID clientId) {
    if (caller == null || caller.kind() != Caller.Kind.PORTAL || clientId == null) {
      throw new NotFound(Billing.CLIENT);
    }
    return network.getProfile(caller, clientId, ContactPermission.BILLING);
  }

  private void record(Caller caller, UUID clientId, AuditAction action, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action)
            .about("client " + clientId + " " + what)
            .onBehalfOf("client " + clientId));
  }

  /** Only sent invoices are shown; {@link InvoiceState} says whether one is (partly) paid. */
  static boolean payable(InvoiceView invoice) {
    return invoice.status() == InvoiceState.SENT || invoice.status() == InvoiceState.PARTIALLY_PAID;
  }
}
