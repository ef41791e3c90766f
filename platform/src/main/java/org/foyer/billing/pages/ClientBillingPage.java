package org.foyer.billing.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.pages.PageMessages;
import org.foyer.billing.ChargeLineRequest;
import org.foyer.billing.CorrectionRequest;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.LedgerView;
import org.foyer.billing.Money;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.boundary.BillingDocuments;
import org.foyer.billing.boundary.Payments;
import org.foyer.billing.cards.SavedCardView;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.PracticeTime;
import org.foyer.documents.boundary.DocumentSummary;

/**
 * A client's account as the practice's biller works it: the balance and every ledger line, the
 * invoices, and the everyday steps (a charge by hand, invoicing what is not invoiced yet, sending,
 * voiding, money taken at the desk, a refund, an adjustment or write-off). Every step goes through
 * {@link Billing} and {@link Payments}, which check the caller; a caller without "billing", another
 * practice's client or a malformed id meets 404 before anything shows.
 */
@Named("clientBilling")
@ViewScoped
public class ClientBillingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The "Paid by" value of a saved card: this prefix and the card's id. */
  private static final String SAVED_CARD = "card:";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  @Inject transient Billing billing;
  @Inject transient Payments payments;
  @Inject transient ClientRecords clients;
  @Inject transient Caller caller;
  @Inject transient PracticeTime time;
  @Inject transient BillingDocuments billingDocuments;

  private ClientId client;
  private String clientName;
  private LedgerView ledger;
  private List<InvoiceView> invoices = List.of();
  private List<SavedCardView> cards = List.of();
  private boolean loaded;

  private String chargeAmount;
  private String chargeDescription;
  private String paymentAmount;
  private String paymentMethod = "CASH";
  private String paymentReference;
  private String paymentInvoice = "";
  private String correctionKind = "ADJUSTMENT";
  private String correctionAmount;
  private String correctionReason;
  private String refundPayment = "";
  private String refundAmount;
  private String refundReason;
  // One key per payment typed on this page, so a double-clicked "Record payment" records it once.
  private String paymentAttempt = UUID.randomUUID().toString();
  private String refundAttempt = UUID.randomUUID().toString();
  private String statementMonth;

  public void load() {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    loaded = true;
    read();
  }

  private void read() {
    if (client == null) {
      throw new NotFound("That client");
    }
    ledger = billing.ledger(caller, client.value());
    invoices = billing.listInvoices(caller, client.value());
    cards = payments.listSavedCards(caller, client.value());
    clientName =
        clients.findIdentity(client.value()).map(identity -> identity.displayName()).orElse("");
  }

  public void addCharge() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          long cents = amount("chargeAmount", chargeAmount);
          billing.charge(caller, client.value(), new ChargeLineRequest(cents, chargeDescription));
          chargeAmount = null;
          chargeDescription = null;
          read();
          return "Charge added.";
        });
  }

  public void invoiceUninvoiced() {
    changeInvoices(
        () -> {
          List<UUID> charges = getUninvoiced().stream().map(LedgerLine::id).toList();
          if (charges.isEmpty()) {
            throw new InvalidInput("Every charge is on an invoice already.");
          }
          billing.createInvoice(caller, new InvoiceRequest(client.value(), charges));
        },
        "Invoice drafted. Check it, then send it to the client.");
  }

  public void send(UUID invoice) {
    changeInvoices(
        () -> billing.send(caller, invoice).name() + " sent. The client sees it in their portal.");
  }

  public void voidInvoice(UUID invoice) {
    changeInvoices(() -> billing.voidInvoice(caller, invoice).name() + " is void.");
  }

  private void changeInvoices(Runnable change, String done) {
    changeInvoices(
        () -> {
          change.run();
          return done;
        });
  }

  /** Invoice buttons sit in the list, away from any input, so their outcome is told on top. */
  private void changeInvoices(Supplier<String> change) {
    PageMessages.SUMMARY_ONLY.report(
        () -> {
          String done = change.get();
          read();
          return done;
        });
  }

  public void recordPayment() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          long cents = amount("paymentAmount", paymentAmount);
          List<PaymentRequest.Allocation> split =
              chosen(paymentInvoice)
                  .map(invoice -> List.of(new PaymentRequest.Allocation(invoice, cents)))
                  .orElseGet(() -> oldestFirst(cents));
          Optional<UUID> savedCard =
              paymentMethod != null && paymentMethod.startsWith(SAVED_CARD)
                  ? Optional.of(
                      chosen(paymentMethod.substring(SAVED_CARD.length()))
                          .orElseThrow(() -> new NotFound("That card")))
                  : Optional.empty();
          PaymentRequest request =
              new PaymentRequest(
                  client.value(),
                  cents,
                  savedCard.isPresent() ? "CARD" : paymentMethod,
                  paymentAttempt,
                  null,
                  paymentReference,
                  split);
          PaymentView made =
              savedCard.isPresent()
                  ? payments.payWithSavedCard(caller, savedCard.get(), request)
                  : payments.pay(caller, request);
          if ("FAILED".equals(made.status())) {
            paymentAttempt = UUID.randomUUID().toString();
            read();
            throw Billing.invalid(
                "paymentMethod",
                (made.message() == null ? "The card was declined." : made.message())
                    + " Nothing was charged.");
          }
          paymentAttempt = UUID.randomUUID().toString();
          paymentAmount = null;
          paymentReference = null;
          paymentInvoice = "";
          read();
          return "Payment of " + Money.format(cents, ledger.currency()) + " recorded.";
        });
  }

  /** A saved card as the "Paid by" list offers it. */
  public List<Map.Entry<String, String>> getCardsOnFile() {
    return cards.stream()
        .map(card -> Map.entry(SAVED_CARD + card.id(), "Saved card: " + card.label()))
        .toList();
  }

  public void refund() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          UUID payment =
              chosen(refundPayment)
                  .orElseThrow(() -> Billing.invalid("refundPayment", "Choose the payment."));
          long cents = amount("refundAmount", refundAmount);
          payments.refund(caller, payment, new RefundOrder(cents, refundAttempt, refundReason));
          refundAttempt = UUID.randomUUID().toString();
          refundAmount = null;
          refundReason = null;
          refundPayment = "";
          read();
          return "Refund of " + Money.format(cents, ledger.currency()) + " recorded.";
        });
  }

  public void correct() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          // Both kinds are typed as the amount above zero the page asks for: the ledger gives a
          // write-off its sign, and the page offers adjustments only as what adds to the debt.
          long cents = amount("correctionAmount", correctionAmount);
          billing.correct(
              caller,
              client.value(),
              new CorrectionRequest(correctionKind, cents, null, correctionReason));
          correctionAmount = null;
          correctionReason = null;
          read();
          return "WRITE_OFF".equals(correctionKind) ? "Written off." : "Adjustment recorded.";
        });
  }

  public void fileStatement() {
    fileMonthly(billingDocuments::fileStatement);
  }

  public void fileSuperbill() {
    fileMonthly(billingDocuments::fileSuperbill);
  }

  private void fileMonthly(MonthlyDocument document) {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          YearMonth month;
          try {
            month = YearMonth.parse(statementMonth == null ? "" : statementMonth);
          } catch (DateTimeParseException malformed) {
            throw Billing.invalid("statementMonth", "Choose the month.");
          }
          String title = document.file(caller, client.value(), month).title();
          return title + " filed in the client's General Documents; they see it in the portal.";
        });
  }

  /** A statement or a superbill: one PDF of a client's month, filed in General Documents. */
  @FunctionalInterface
  private interface MonthlyDocument {
    DocumentSummary file(Caller caller, UUID clientId, YearMonth month);
  }

  /** This month and the eleven before it, newest first. */
  public List<Map.Entry<String, String>> getStatementMonths() {
    return Months.recent(ZoneId.of(time.getZoneId()));
  }

  public String getStatementMonth() {
    return statementMonth == null ? getStatementMonths().get(0).getKey() : statementMonth;
  }

  public void setStatementMonth(String statementMonth) {
    this.statementMonth = statementMonth;
  }

  /**
   * Money taken without naming an invoice pays the oldest sent invoices first, as a biller would
   * apply it; what is left over stays on the account as credit.
   */
  private List<PaymentRequest.Allocation> oldestFirst(long cents) {
    List<PaymentRequest.Allocation> split = new ArrayList<>();
    long left = cents;
    List<InvoiceView> oldest =
        getPayable().stream().sorted(Comparator.comparing(InvoiceView::sentAt)).toList();
    for (InvoiceView invoice : oldest) {
      if (left <= 0) {
        break;
      }
      long applied = Math.min(left, invoice.dueCents());
      if (applied > 0) {
        split.add(new PaymentRequest.Allocation(invoice.id(), applied));
        left -= applied;
      }
    }
    return split;
  }

  /** Charges on no invoice that still stands (a void invoice frees its charges). */
  public List<LedgerLine> getUninvoiced() {
    Set<UUID> invoiced = new HashSet<>();
    invoices.stream()
        .filter(invoice -> invoice.status() != InvoiceState.VOID)
        .forEach(invoice -> invoiced.addAll(invoice.chargeIds()));
    List<LedgerLine> open = new ArrayList<>();
    for (LedgerLine line : ledger == null ? List.<LedgerLine>of() : ledger.lines()) {
      if ("CHARGE".equals(line.kind()) && !invoiced.contains(line.id())) {
        open.add(line);
      }
    }
    return open;
  }

  /** Invoices money may be applied to: sent and not paid in full. */
  public List<InvoiceView> getPayable() {
    return invoices.stream()
        .filter(
            invoice ->
                invoice.status() == InvoiceState.SENT
                    || invoice.status() == InvoiceState.PARTIALLY_PAID)
        .toList();
  }

  /** Payment lines of the ledger, newest first, for choosing what to refund. */
  public List<LedgerLine> getPaymentLines() {
    List<LedgerLine> lines = new ArrayList<>();
    for (LedgerLine line : ledger == null ? List.<LedgerLine>of() : ledger.lines()) {
      if ("PAYMENT".equals(line.kind()) && line.paymentId() != null) {
        lines.add(0, line);
      }
    }
    return lines;
  }

  /** A ledger line's amount as people read it; its kind says which way it went. */
  public String amountOf(LedgerLine line) {
    return money(Math.abs(line.amountCents()));
  }

  public String money(long cents) {
    return Money.format(cents, ledger == null ? "USD" : ledger.currency());
  }

  /** An invoice as people name it: by its number and the day it was sent, or as a draft. */
  public String invoiceLabel(InvoiceView invoice) {
    return invoice.sentAt() == null
        ? "Draft of " + time.formatDate(invoice.createdAt())
        : invoice.title(time.formatDate(invoice.sentAt()));
  }

  /** A payment as people name it: its day, how it was paid and its amount. */
  public String paymentLabel(LedgerLine payment) {
    return time.formatDate(payment.recordedAt())
        + ", "
        + payment.description()
        + ", "
        + money(Math.abs(payment.amountCents()));
  }

  private long amount(String field, String typed) {
    String currency = ledger == null ? "USD" : ledger.currency();
    long cents =
        Money.parse(typed, currency)
            .orElseThrow(() -> Billing.invalid(field, "Enter an amount such as 80 or 80.50."));
    if (cents <= 0) {
      throw Billing.invalid(field, "Enter an amount above zero.");
    }
    return cents;
  }

  private static Optional<UUID> chosen(String id) {
    try {
      return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  public ClientId getClient() {
    return client;
  }

  public void setClient(ClientId client) {
    this.client = client;
  }

  public String getClientName() {
    return clientName;
  }

  public LedgerView getLedger() {
    return ledger;
  }

  public List<InvoiceView> getInvoices() {
    return invoices;
  }

  public String getChargeAmount() {
    return chargeAmount;
  }

  public void setChargeAmount(String chargeAmount) {
    this.chargeAmount = chargeAmount;
  }

  public String getChargeDescription() {
    return chargeDescription;
  }

  public void setChargeDescription(String chargeDescription) {
    this.chargeDescription = chargeDescription;
  }

  public String getPaymentAmount() {
    return paymentAmount;
  }

  public void setPaymentAmount(String paymentAmount) {
    this.paymentAmount = paymentAmount;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(String paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public void setPaymentReference(String paymentReference) {
    this.paymentReference = paymentReference;
  }

  public String getPaymentInvoice() {
    return paymentInvoice;
  }

  public void setPaymentInvoice(String paymentInvoice) {
    this.paymentInvoice = paymentInvoice;
  }

  public String getCorrectionKind() {
    return correctionKind;
  }

  public void setCorrectionKind(String correctionKind) {
    this.correctionKind = correctionKind;
  }

  public String getCorrectionAmount() {
    return correctionAmount;
  }

  public void setCorrectionAmount(String correctionAmount) {
    this.correctionAmount = correctionAmount;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }

  public String getRefundPayment() {
    return refundPayment;
  }

  public void setRefundPayment(String refundPayment) {
    this.refundPayment = refundPayment;
  }

  public String getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(String refundAmount) {
    this.refundAmount = refundAmount;
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }
}
