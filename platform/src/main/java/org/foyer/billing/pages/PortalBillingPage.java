package org.foyer.billing.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.billing.Money;
import org.foyer.billing.PaymentView;
import org.foyer.billing.boundary.BillingDocuments;
import org.foyer.billing.boundary.CardForms;
import org.foyer.billing.boundary.PortalBilling;
import org.foyer.billing.cards.AutopayRequest;
import org.foyer.billing.cards.AutopayTerms;
import org.foyer.billing.cards.CardSaving;
import org.foyer.billing.cards.CardToSave;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.portal.PortalBillingView;
import org.foyer.billing.portal.PortalPayment;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.core.web.routing.PracticeTime;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

/**
 * The portal's Billing page for the profile this login acts for (its link must permit billing;
 * otherwise the page does not exist): the balance, invoices, payments with receipts, paying with
 * the processor's card form or a saved card, saving cards and autopay. The processor's form sends
 * the client back here with a token, which this page hands to {@link PortalBilling}.
 */
@Named("portalBilling")
@RequestScoped
public class PortalBillingPage {

  @Inject PortalBilling billing;
  @Inject CardForms cardForms;
  @Inject CardAttempts attempts;
  @Inject PortalHome home;
  @Inject Caller caller;
  @Inject CurrentPractice practice;
  @Inject PracticeTime time;
  @Inject BillingDocuments documents;

  private String invoice;
  private String amount;
  private String attempt;
  private String token;
  private String payment;
  private String saving;
  private String keeping;
  private String attemptKey;
  private String savedCard;
  private String autopayCard;
  private boolean agreed;
  private String nextActionSecret;
  private String nextActionReturn;
  private PortalBillingView view;

  /**
   * The profile acted for; the page is not found for a login whose link does not permit billing.
   */
  public ClientProfile getCurrent() {
    ClientProfile current = home.getCurrent();
    if (current == null || !current.permits(ContactPermission.BILLING)) {
      throw new NotFound("That page");
    }
    return current;
  }

  /** Runs first: finishes what the processor's card form sent the client back with. */
  public void load() {
    ClientProfile current = getCurrent();
    if (attempt != null && (token != null || payment != null)) {
      attempts
          .find(attempt)
          .filter(a -> a.clientId().equals(current.clientId()))
          .ifPresentOrElse(
              a -> finish(a, attempt),
              () -> PageMessages.error(null, "This payment was not found; please pay again."));
    } else if ("card".equals(saving) && token != null) {
      saved(current);
    }
  }

  private void finish(CardAttempts.Attempt pending, String key) {
    try {
      PaymentView made =
          payment != null
              ? billing.confirm(caller, pending.clientId(), parse(payment))
              : billing.pay(
                  caller,
                  pending.clientId(),
                  new PortalPayment(pending.invoiceId(), pending.amountCents(), key, token, null));
      outcome(made, pending.invoiceId(), pending.amountCents(), key);
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
    }
  }

  /** After a payment: the receipt, the bank's check, or back here with the amount kept. */
  private void outcome(PaymentView made, UUID invoiceId, long cents, String key) {
    switch (made.status()) {
      case "SUCCEEDED" -> {
        flash();
        info(
            "Thank you: your payment of "
                + Money.format(made.amountCents(), made.currency())
                + " went through. A receipt is on its way by email.");
        redirect(practice.page("/portal/billing/receipt") + "?id=" + made.id());
      }
      case "REQUIRES_ACTION" -> {
        String back = returnPath("attempt=" + key + "&payment=" + made.id());
        if ("STRIPE".equals(getView().processor()) && made.clientSecret() != null) {
          // Stripe.js runs the bank's check on this page, then goes on to the return address.
          nextActionSecret = made.clientSecret();
          nextActionReturn =
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + back;
        } else {
          redirectInApp(
              cardForms.openBankCheck(
                  caller, made.clientId(), made.id(), practice.getName(), back));
        }
      }
      case "FAILED" -> {
        flash();
        PageMessages.error(
            null,
            (made.message() == null ? "The payment did not go through." : made.message())
                + " Nothing was charged. The amount is kept below: try another card, or call "
                + practice.getName()
                + ".");
        redirect(
            practice.page("/portal/billing")
                + "?amount="
                + Money.plain(cents, made.currency())
                + (invoiceId == null ? "" : "&invoice=" + invoiceId));
      }
      default -> {
        flash();
        info("Your payment is being processed; this page will show when it has gone through.");
        redirect(practice.page("/portal/billing"));
      }
    }
  }

  /** Pay with a new card: off to the processor's card form, which sends back a token. */
  private String superbillMonth;

  /** Files the chosen month's superbill in the client's documents and opens them. */
  public void superbill() {
    fileForTheMonth(documents::fileSuperbillInPortal);
  }

  /** Files the chosen month's statement in the client's documents and opens them. */
  public void statement() {
    fileForTheMonth(documents::fileStatementInPortal);
  }

  /** What the portal files for a month: a statement or a superbill. */
  @FunctionalInterface
  private interface MonthsDocument {
    DocumentSummary file(Caller caller, UUID clientId, YearMonth month);
  }

  private void fileForTheMonth(MonthsDocument document) {
    ClientProfile current = getCurrent();
    try {
      YearMonth month = YearMonth.parse(superbillMonth == null ? "" : superbillMonth);
      document.file(caller, current.clientId(), month);
    } catch (DateTimeParseException malformed) {
      PageMessages.error(null, "Choose the month.");
      return;
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
      return;
    }
    redirect(practice.page("/portal/documents"));
  }

  /** This month and the eleven before it, newest first. */
  public List<Map.Entry<String, String>> getSuperbillMonths() {
    return Months.recent(ZoneId.of(time.getZoneId()));
  }

  public String getSuperbillMonth() {
    return superbillMonth == null ? getSuperbillMonths().get(0).getKey() : superbillMonth;
  }

  public void setSuperbillMonth(String superbillMonth) {
    this.superbillMonth = superbillMonth;
  }

  public void payWithNewCard() {
    ClientProfile current = getCurrent();
    Optional<Long> cents = cents();
    if (cents.isEmpty()) {
      return;
    }
    try {
      UUID invoiceId = invoiceId();
      String key =
          attempts.start(new CardAttempts.Attempt(current.clientId(), invoiceId, cents.get()));
      redirectInApp(
          cardForms.open(
              caller,
              current.clientId(),
              CardForms.Purpose.PAY,
              cents.get(),
              practice.getName(),
              returnPath("attempt=" + key)));
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
    }
  }

  /**
   * Pay with the card Stripe's Payment Element turned into a PaymentMethod (its id arrives as the
   * token), under the attempt key the form was shown with.
   */
  public void payWithToken() {
    payUnderAttemptKey(token, null);
  }

  /** Pay with a saved card, under the attempt key the form was shown with. */
  public void payWithSavedCard() {
    payUnderAttemptKey(null, savedCard);
  }

  /** Either a processor token or a saved card pays, once per attempt key. */
  private void payUnderAttemptKey(String processorToken, String savedCardId) {
    ClientProfile current = getCurrent();
    Optional<Long> cents = cents();
    if (cents.isEmpty()) {
      return;
    }
    try {
      UUID invoiceId = invoiceId();
      if (processorToken != null) {
        attempts.remember(
            attemptKey, new CardAttempts.Attempt(current.clientId(), invoiceId, cents.get()));
      }
      PaymentView made =
          billing.pay(
              caller,
              current.clientId(),
              new PortalPayment(
                  invoiceId, cents.get(), attemptKey, processorToken, parse(savedCardId)));
      outcome(made, invoiceId, cents.get(), attemptKey);
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
    }
  }

  /** Save a card: off to the processor's card form. */
  public void saveCard() {
    ClientProfile current = getCurrent();
    try {
      redirectInApp(
          cardForms.open(
              caller,
              current.clientId(),
              CardForms.Purpose.SAVE,
              0,
              practice.getName(),
              returnPath("saving=card")));
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
    }
  }

  /**
   * Save the card Stripe's Payment Element turned into a PaymentMethod (its id arrives as the
   * token).
   */
  public void saveWithToken() {
    saved(getCurrent());
  }

  private void saved(ClientProfile current) {
    try {
      CardSaving saving =
          billing.saveCard(caller, current.clientId(), new CardToSave(token, keeping));
      if (saving.saved()) {
        flash();
        info("Your card is saved: " + saving.card().label() + ".");
        redirect(practice.page("/portal/billing"));
      } else {
        // Stripe.js runs the bank's check on this page, then comes back to finish saving.
        nextActionSecret = saving.clientSecret();
        nextActionReturn =
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + returnPath(
                    "saving=card&token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&keeping="
                        + URLEncoder.encode(saving.keepingRef(), StandardCharsets.UTF_8));
      }
    } catch (BusinessException refused) {
      PageMessages.IN_WORDS.refuse(null, refused);
    }
  }

  public void removeCard(UUID cardId) {
    ClientProfile current = getCurrent();
    boolean autopaidWithIt =
        getView().autopay() != null && getView().autopay().cardId().equals(cardId);
    if (PageMessages.IN_WORDS.run(
        () -> billing.removeCard(caller, current.clientId(), cardId),
        autopaidWithIt
            ? "The card is removed, and autopay with it is off."
            : "The card is removed.")) {
      flash();
      redirect(practice.page("/portal/billing"));
    }
  }

  public void turnOnAutopay() {
    ClientProfile current = getCurrent();
    if (!agreed) {
      PageMessages.error("agree-autopay", "Tick the box to agree to the autopay terms first.");
      return;
    }
    if (PageMessages.IN_WORDS.run(
        () ->
            billing.consentToAutopay(
                caller,
                current.clientId(),
                new AutopayRequest(parse(autopayCard), AutopayTerms.VERSION)),
        "Autopay is on: each invoice will be charged to your card when "
            + practice.getName()
            + " sends it.")) {
      flash();
      redirect(practice.page("/portal/billing"));
    }
  }

  public void turnOffAutopay() {
    ClientProfile current = getCurrent();
    if (PageMessages.IN_WORDS.run(
        () -> billing.stopAutopay(caller, current.clientId()), "Autopay is off.")) {
      flash();
      redirect(practice.page("/portal/billing"));
    }
  }

  public PortalBillingView getView() {
    if (view == null) {
      view = billing.overview(caller, getCurrent().clientId());
    }
    return view;
  }

  /** Invoices with something still to pay. */
  public List<InvoiceView> getPayable() {
    return getView().invoices().stream().filter(i -> i.dueCents() > 0).toList();
  }

  public String money(long cents) {
    return Money.format(cents, getView().currency());
  }

  public String invoiceTitle(InvoiceView invoice) {
    return invoice.title(time.formatDate(invoice.sentAt()));
  }

  /** A sent invoice as the client names it, with what is left to pay on it. */
  public String invoiceLabel(InvoiceView invoice) {
    return invoiceTitle(invoice) + ": " + money(invoice.dueCents());
  }

  public String getAutopayTerms() {
    return AutopayTerms.text(practice.getName());
  }

  /** The amount in the box: what was typed, else what the chosen invoice or the balance owes. */
  public String getAmount() {
    if (amount != null) {
      return amount;
    }
    PortalBillingView shown = getView();
    Optional<InvoiceView> chosen =
        shown.invoices().stream().filter(i -> i.id().toString().equals(invoice)).findFirst();
    long owed =
        chosen
            .map(InvoiceView::dueCents)
            .orElse(getPayable().isEmpty() ? shown.balanceCents() : getPayable().get(0).dueCents());
    return owed > 0 ? Money.plain(owed, shown.currency()) : "";
  }

  public String getInvoice() {
    if (invoice == null && !getPayable().isEmpty()) {
      return getPayable().get(0).id().toString();
    }
    return invoice;
  }

  /** Made when the form is shown, so that a double-clicked Pay is one attempt. */
  public String getAttemptKey() {
    if (attemptKey == null) {
      attemptKey = UUID.randomUUID().toString();
    }
    return attemptKey;
  }

  private Optional<Long> cents() {
    Optional<Long> cents = Money.parse(amount, getView().currency());
    if (cents.isEmpty() || cents.get() <= 0) {
      PageMessages.error("amount", "Enter the amount to pay, such as 120.00");
      return Optional.empty();
    }
    return cents;
  }

  private UUID invoiceId() {
    return invoice == null || invoice.isBlank() ? null : parse(invoice);
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That payment");
    }
  }

  /** This page's path within the application, with a query, for the processor to send back to. */
  private String returnPath(String query) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return practice.page("/portal/billing").substring(context.length()) + "?" + query;
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void flash() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void redirectInApp(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    redirect(external.getRequestContextPath() + path);
  }

  private static void redirect(String address) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** While Stripe's bank check runs on this page: the PaymentIntent's client secret, else null. */
  public String getNextActionSecret() {
    return nextActionSecret;
  }

  public String getNextActionReturn() {
    return nextActionReturn;
  }

  /** Whether the pay form is Stripe's Payment Element (else the test processor's own page). */
  public boolean isStripe() {
    return "STRIPE".equals(getView().processor());
  }

  /** The amount to start the Payment Element with, in minor units. */
  public long getAmountCents() {
    return Money.parse(getAmount(), getView().currency()).orElse(0L);
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public void setInvoice(String invoice) {
    this.invoice = invoice;
  }

  public void setAttemptKey(String attemptKey) {
    this.attemptKey = attemptKey;
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPayment() {
    return payment;
  }

  public void setPayment(String payment) {
    this.payment = payment;
  }

  public String getSaving() {
    return saving;
  }

  public void setSaving(String saving) {
    this.saving = saving;
  }

  public String getKeeping() {
    return keeping;
  }

  public void setKeeping(String keeping) {
    this.keeping = keeping;
  }

  public String getSavedCard() {
    return savedCard;
  }

  public void setSavedCard(String savedCard) {
    this.savedCard = savedCard;
  }

  public String getAutopayCard() {
    return autopayCard;
  }

  public void setAutopayCard(String autopayCard) {
    this.autopayCard = autopayCard;
  }

  public boolean isAgreed() {
    return agreed;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }
}
