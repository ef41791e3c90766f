package org.foyer.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.BillingWorld;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.cards.AutopayRequest;
import org.foyer.billing.cards.AutopayTerms;
import org.foyer.billing.cards.AutopayView;
import org.foyer.billing.cards.CardToSave;
import org.foyer.billing.cards.SavedCardView;
import org.foyer.billing.control.processors.TestGateway;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.portal.PortalBillingView;
import org.foyer.billing.portal.PortalPayment;
import org.foyer.billing.portal.ReceiptView;
import org.foyer.billing.settings.BillingSettingsService;
import org.foyer.billing.settings.ProcessorView;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.ContactPermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing in the portal, on the test processor: the client pays an invoice or any amount with a
 * token from the processor's card form, once however often Pay is pressed; declines and the bank's
 * check leave the ledger right; saved cards and autopay; and everything of someone else is 404.
 */
class PortalBillingTest {

  private final BillingWorld world = new BillingWorld("portal-billing");
  private final YearMonth today = YearMonth.of(2026, 3);

  @BeforeEach
  void practiceOnTheTestProcessor() {
    world.in(
        () -> {
          world.settings.connect(world.base.admin, "TEST", null, "whsec_dev");
          return null;
        });
    world.base.clientsPayOnline(true);
  }

  @Test
  void aPracticeThatDoesNotLetClientsPayOnlineShowsTheHistoryAndTakesNoCard() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);
    world.base.clientsPayOnline(false);

    PortalBillingView view = overview(world.base.joLogin, world.base.jo);
    assertThat(view.cardsOnline()).isFalse();
    assertThat(view.invoices()).extracting(InvoiceView::id).containsExactly(invoice.id());
    assertThatThrownBy(() -> pay(invoice.id(), 15_000, UUID.randomUUID().toString(), token))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("payments in person");
    assertThat(world.joBalance()).isEqualTo(15_000);

    // Turned on again, the same client pays as usual.
    world.base.clientsPayOnline(true);
    assertThat(overview(world.base.joLogin, world.base.jo).cardsOnline()).isTrue();
    pay(invoice.id(), 15_000, UUID.randomUUID().toString(), token);
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void theClientSeesTheBalanceAndTheSentInvoicesOnly() {
    LedgerLine sent = world.chargeJo(15_000, "Session");
    LedgerLine drafted = world.chargeJo(4_000, "Letter");
    InvoiceView invoice = world.sentInvoice(sent.id());
    world.in(
        () ->
            world.billing.createInvoice(
                world.biller, new InvoiceRequest(world.base.jo, List.of(drafted.id()))));

    PortalBillingView view = overview(world.base.joLogin, world.base.jo);

    assertThat(view.balanceCents()).isEqualTo(19_000);
    assertThat(view.currency()).isEqualTo("USD");
    assertThat(view.cardsOnline()).isTrue();
    assertThat(view.invoices()).extracting(InvoiceView::id).containsExactly(invoice.id());
    assertThat(view.invoices().get(0).dueCents()).isEqualTo(15_000);
  }

  @Test
  void payingAnInvoiceWithATokenSettlesItAndDueAReceipt() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);

    PaymentView paid = pay(invoice.id(), 15_000, UUID.randomUUID().toString(), token);

    assertThat(paid.status()).isEqualTo("SUCCEEDED");
    assertThat(world.joBalance()).isZero();
    PortalBillingView view = overview(world.base.joLogin, world.base.jo);
    assertThat(view.invoices().get(0).status()).isEqualTo(InvoiceState.PAID);
    ReceiptView receipt =
        world.in(() -> world.portalBilling.receipt(world.base.joLogin, world.base.jo, paid.id()));
    assertThat(receipt.paidWith()).isEqualTo("Visa ending 4242");
    assertThat(receipt.statusLabel()).isEqualTo("Paid");
    assertThat(receipt.paidBy()).isEqualTo("jo@example.org");
    assertThat(receipt.clientName()).isEqualTo("Jo Rivera");
    assertThat(receipt.number()).hasSize(8).isEqualTo(receipt.number().toUpperCase());
    String pdf = pdfText(world.in(() -> world.billingDocuments.receiptPdf(receipt)));
    assertThat(pdf)
        .contains("Receipt", "For Jo Rivera", "Receipt number " + receipt.number())
        .contains("Paid by jo@example.org", "Paid with Visa ending 4242", "Status Paid")
        .contains("Paid $150.00")
        .as("a receipt names no service")
        .doesNotContain("Session");
    assertThat(world.receipts.fired()).hasSize(1);
    assertThat(world.receipts.last().recipients()).containsExactly("jo@example.org");
    assertThat(world.receipts.last().cardLast4()).isEqualTo("4242");
    assertThat(world.receipts.last().amountCents()).isEqualTo(15_000);
  }

  @Test
  void aDoubleClickedPayChargesOnce() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);
    String attempt = UUID.randomUUID().toString();

    PaymentView first = pay(invoice.id(), 15_000, attempt, token);
    PaymentView second = pay(invoice.id(), 15_000, attempt, token);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(world.testGateway.chargeRefs()).hasSize(1);
    assertThat(world.joBalance()).isZero();
    assertThat(world.receipts.fired()).hasSize(1);
  }

  @Test
  void aDeclinedCardSaysSoAndLeavesTheLedgerAlone() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.DECLINED_NUMBER, 12, 2030, "123", today);

    PaymentView declined = pay(invoice.id(), 15_000, UUID.randomUUID().toString(), token);

    assertThat(declined.status()).isEqualTo("FAILED");
    assertThat(declined.message()).isEqualTo("Your card was declined.");
    assertThat(world.joBalance()).isEqualTo(15_000);
    assertThat(world.receipts.fired()).isEmpty();
    assertThat(overview(world.base.joLogin, world.base.jo).payments())
        .extracting(ReceiptView::statusLabel)
        .containsExactly("Not paid");
  }

  @Test
  void theBanksCheckIsAnsweredOnTheProcessorsPageAndThenSettles() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token =
        world.testGateway.tokenise(TestGateway.AUTHENTICATION_NUMBER, 12, 2030, "123", today);
    PaymentView waiting = pay(invoice.id(), 15_000, UUID.randomUUID().toString(), token);
    assertThat(waiting.status()).isEqualTo("REQUIRES_ACTION");
    assertThat(world.joBalance()).isEqualTo(15_000);

    String ref =
        world
            .in(() -> world.payments.paymentOf(world.base.jo, waiting.id()))
            .processorRef()
            .orElseThrow();
    world.testGateway.authenticate(ref, true);
    PaymentView confirmed =
        world.in(
            () -> world.portalBilling.confirm(world.base.joLogin, world.base.jo, waiting.id()));

    assertThat(confirmed.status()).isEqualTo("SUCCEEDED");
    assertThat(world.joBalance()).isZero();
    assertThat(world.receipts.fired()).hasSize(1);
  }

  @Test
  void anyAmountTowardTheBalanceIsKeptAsCredit() {
    world.chargeJo(15_000, "Session");
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);

    pay(null, 5_000, UUID.randomUUID().toString(), token);

    assertThat(world.joBalance()).isEqualTo(10_000);
  }

  @Test
  void nothingOrTooMuchIsRefusedInWords() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);

    assertThatThrownBy(() -> pay(invoice.id(), 0, UUID.randomUUID().toString(), token))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).fieldErrors())
                    .containsEntry("amountCents", "Enter an amount of more than zero"));
    assertThatThrownBy(() -> pay(invoice.id(), 20_000, UUID.randomUUID().toString(), token))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most what the invoice still owes");
    assertThat(world.testGateway.chargeRefs()).isEmpty();
  }

  @Test
  void someoneElsesInvoiceAnotherPracticesIdsAndLinksWithoutBillingAreNotFound() {
    InvoiceView jos = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    BillingWorld other = new BillingWorld("portal-billing-other");
    other.in(
        () -> {
          other.settings.connect(other.base.admin, "TEST", null, "whsec_dev");
          return null;
        });
    InvoiceView elsewhere = other.sentInvoice(other.chargeJo(15_000, "Session").id());
    String token = world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today);

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.portalBilling.pay(
                            world.base.kitLogin,
                            world.base.kit,
                            new PortalPayment(jos.id(), 15_000, "k1", token, null))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> pay(elsewhere.id(), 15_000, "k2", token)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> overview(world.base.kitLogin, world.base.jo))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> overview(world.biller, world.base.jo)).isInstanceOf(NotFound.class);
    world.in(
        () -> {
          world
              .base
              .link(world.base.sam, world.base.samParent.accountId())
              .permit(EnumSet.of(ContactPermission.MESSAGES));
          return null;
        });
    assertThatThrownBy(() -> overview(world.base.samParent, world.base.sam))
        .isInstanceOf(NotFound.class);
    assertThat(world.testGateway.chargeRefs()).isEmpty();
    assertThat(world.joBalance()).isEqualTo(15_000);
  }

  @Test
  void aSavedCardKeepsOnlyItsTokenBrandLastFourAndExpiryAndCanBeRemoved() {
    String token = world.testGateway.tokenise(TestGateway.MASTERCARD_NUMBER, 4, 2031, "123", today);

    SavedCardView card = save(world.base.joLogin, world.base.jo, token);

    assertThat(card.label()).isEqualTo("Mastercard ending 4444, expires 4/2031");
    assertThat(save(world.base.joLogin, world.base.jo, token)).isEqualTo(card);
    assertThat(overview(world.base.joLogin, world.base.jo).cards()).containsExactly(card);
    world.in(
        () -> {
          world.portalBilling.removeCard(world.base.joLogin, world.base.jo, card.id());
          return null;
        });
    assertThat(overview(world.base.joLogin, world.base.jo).cards()).isEmpty();
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      world.portalBilling.removeCard(
                          world.base.kitLogin, world.base.kit, card.id());
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theDeskChargesASavedCardOnceForPartOfAnInvoiceAndNeverAnotherClientsCard() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());
    SavedCardView card =
        save(
            world.base.joLogin,
            world.base.jo,
            world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today));
    assertThat(world.in(() -> world.payments.listSavedCards(world.biller, world.base.jo)))
        .containsExactly(card);

    PaymentView paid = chargeAtTheDesk(world.biller, card.id(), invoice.id(), 6_000, "desk-1");
    PaymentView again = chargeAtTheDesk(world.biller, card.id(), invoice.id(), 6_000, "desk-1");

    assertThat(paid.status()).isEqualTo("SUCCEEDED");
    assertThat(again.id()).as("the same attempt is one payment").isEqualTo(paid.id());
    assertThat(world.testGateway.chargeRefs()).hasSize(1);
    assertThat(world.joBalance()).isEqualTo(9_000);
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, invoice.id())).status())
        .isEqualTo(InvoiceState.PARTIALLY_PAID);
    assertThat(world.receipts.last().cardLast4()).isEqualTo("4242");
    assertThat(
            world
                .in(() -> world.portalBilling.receipt(world.base.joLogin, world.base.jo, paid.id()))
                .paidBy())
        .isEqualTo("The practice");

    // Kit's account, a card id that is no card, a biller's caller without billing: 404.
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.payments.payWithSavedCard(
                            world.biller,
                            card.id(),
                            new PaymentRequest(
                                world.base.kit, 1_000, "CARD", "desk-2", null, null, null))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> chargeAtTheDesk(world.biller, UUID.randomUUID(), invoice.id(), 1_000, "desk-3"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> chargeAtTheDesk(world.withoutBilling, card.id(), invoice.id(), 1_000, "desk-4"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(() -> world.payments.listSavedCards(world.withoutBilling, world.base.jo)))
        .isInstanceOf(NotFound.class);

    // Removed by the client, the card cannot be charged by the desk any more.
    world.in(
        () -> {
          world.portalBilling.removeCard(world.base.joLogin, world.base.jo, card.id());
          return null;
        });
    assertThatThrownBy(
            () -> chargeAtTheDesk(world.biller, card.id(), invoice.id(), 1_000, "desk-5"))
        .isInstanceOf(NotFound.class);
    assertThat(world.testGateway.chargeRefs()).hasSize(1);
    assertThat(world.joBalance()).isEqualTo(9_000);
  }

  private PaymentView chargeAtTheDesk(
      Caller caller, UUID card, UUID invoice, long cents, String attempt) {
    return world.in(
        () ->
            world.payments.payWithSavedCard(
                caller,
                card,
                new PaymentRequest(
                    world.base.jo,
                    cents,
                    "CARD",
                    attempt,
                    null,
                    null,
                    List.of(new PaymentRequest.Allocation(invoice, cents)))));
  }

  @Test
  void autopayChargesTheSavedCardOnceWhenAnInvoiceIsSent() {
    SavedCardView card =
        save(
            world.base.joLogin,
            world.base.jo,
            world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today));
    AutopayView consent = consent(world.base.joLogin, world.base.jo, card.id());
    assertThat(consent.termsVersion()).isEqualTo(AutopayTerms.VERSION);
    assertThat(consent.consentedBy()).isEqualTo("jo@example.org");
    assertThat(consent.onBehalf()).isFalse();
    assertThat(consent.consentedAt()).isEqualTo(world.base.clock.instant());

    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());

    assertThat(world.joBalance()).isZero();
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, invoice.id())).status())
        .isEqualTo(InvoiceState.PAID);
    assertThat(world.testGateway.chargeRefs()).hasSize(1);
    assertThat(world.receipts.last().cardLast4()).isEqualTo("4242");
    assertThat(world.autopayFailures.fired()).isEmpty();
  }

  @Test
  void aDeclinedAutopayIsRecordedAndMailedAndTheInvoiceIsSentAllTheSame() {
    SavedCardView card =
        save(
            world.base.joLogin,
            world.base.jo,
            world.testGateway.tokenise(TestGateway.DECLINED_NUMBER, 12, 2030, "123", today));
    consent(world.base.joLogin, world.base.jo, card.id());

    InvoiceView invoice = world.sentInvoice(world.chargeJo(15_000, "Session").id());

    assertThat(invoice.status()).isEqualTo(InvoiceState.SENT);
    assertThat(world.joBalance()).isEqualTo(15_000);
    assertThat(overview(world.base.joLogin, world.base.jo).payments())
        .extracting(ReceiptView::statusLabel)
        .containsExactly("Not paid");
    assertThat(world.autopayFailures.fired()).hasSize(1);
    assertThat(world.autopayFailures.last().recipients()).containsExactly("jo@example.org");
    assertThat(world.autopayFailures.last().reason()).isEqualTo("Your card was declined.");
  }

  @Test
  void aParentConsentsOnTheChildsBehalfAndRemovingTheCardStopsAutopay() {
    Caller parent = world.base.samParent;
    SavedCardView card =
        save(
            parent,
            world.base.sam,
            world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today));

    AutopayView consent = consent(parent, world.base.sam, card.id());
    assertThat(consent.onBehalf()).isTrue();
    assertThat(consent.consentedBy()).isEqualTo("maria@example.org");

    world.in(
        () -> {
          world.portalBilling.removeCard(parent, world.base.sam, card.id());
          return null;
        });
    assertThat(overview(parent, world.base.sam).autopay()).isNull();
  }

  @Test
  void consentToOutdatedTermsIsRefused() {
    SavedCardView card =
        save(
            world.base.joLogin,
            world.base.jo,
            world.testGateway.tokenise(TestGateway.GOOD_NUMBER, 12, 2030, "123", today));

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.portalBilling.consentToAutopay(
                            world.base.joLogin,
                            world.base.jo,
                            new AutopayRequest(card.id(), "2020-01"))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("read them again");
  }

  @Test
  void onStripeThePageGetsThePublishableKeyForThePaymentElementAndNeverTheSecret() {
    world.in(
        () -> {
          world.settings.connect(
              world.base.admin, "STRIPE", "sk_test_secret", "whsec_x", "pk_test_FoyerPractice1");
          return null;
        });

    PortalBillingView view = overview(world.base.joLogin, world.base.jo);

    assertThat(view.processor()).isEqualTo("STRIPE");
    assertThat(view.publishableKey()).isEqualTo("pk_test_FoyerPractice1");
    assertThat(view.toString()).doesNotContain("sk_test_secret");
    ProcessorView settings = world.in(() -> world.settings.processor(world.base.admin));
    assertThat(settings.gatewayLabel()).isEqualTo("Stripe");
    assertThat(settings.secretKept()).isTrue();
    assertThat(settings.toString()).doesNotContain("sk_test_secret", "whsec_x");
    assertThatThrownBy(() -> world.in(() -> world.settings.processor(world.biller)))
        .as("a biller sets fees; the processor is for those who manage the portal's settings")
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      world.settings.connect(
                          world.base.admin, "STRIPE", "sk_test_secret", null, "sk_test_oops");
                      return null;
                    }))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("A Stripe publishable key starts with pk_test_ or pk_live_");
  }

  @Test
  void inProductionThePracticeCannotChooseTheTestProcessorAndKeepsItsOwn() {
    BillingSettingsService production =
        new BillingSettingsService(world.accounts, world.base.audit, true);
    world.in(
        () -> {
          production.connect(world.base.admin, "STRIPE", "sk_live_secret", "whsec_x");
          return null;
        });

    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      production.connect(world.base.admin, "test", null, null);
                      return null;
                    }))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("moves no money");
    assertThat(overview(world.base.joLogin, world.base.jo).processor()).isEqualTo("STRIPE");
  }

  @Test
  void theSuperbillDetailsAreKeptAsDigitsForBillersOnly() {
    BillingIdentity kept =
        world.in(
            () ->
                world.settings.changeIdentity(
                    world.biller, new BillingIdentity("1234567893", "12-3456789", "02")));

    assertThat(kept).isEqualTo(new BillingIdentity("1234567893", "123456789", "02"));
    assertThat(world.in(() -> world.settings.identity(world.biller))).isEqualTo(kept);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.settings.changeIdentity(
                            world.biller, new BillingIdentity("1234567890", null, null))))
        .isInstanceOf(InvalidInput.class);
    assertThat(world.in(() -> world.settings.identity(world.biller)).npi())
        .as("a refused change leaves what was kept")
        .isEqualTo("1234567893");
    assertThatThrownBy(() -> world.in(() -> world.settings.identity(world.withoutBilling)))
        .isInstanceOf(NotFound.class);
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private PortalBillingView overview(Caller caller, UUID client) {
    return world.in(() -> world.portalBilling.overview(caller, client));
  }

  private PaymentView pay(UUID invoice, long cents, String attempt, String token) {
    return world.in(
        () ->
            world.portalBilling.pay(
                world.base.joLogin,
                world.base.jo,
                new PortalPayment(invoice, cents, attempt, token, null)));
  }

  private SavedCardView save(Caller caller, UUID client, String token) {
    return world.in(
        () -> world.portalBilling.saveCard(caller, client, new CardToSave(token)).card());
  }

  private AutopayView consent(Caller caller, UUID client, UUID card) {
    return world.in(
        () ->
            world.portalBilling.consentToAutopay(
                caller, client, new AutopayRequest(card, AutopayTerms.VERSION)));
  }
}
