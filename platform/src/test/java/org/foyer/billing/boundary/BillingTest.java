package org.foyer.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.BillingWorld;
import org.foyer.billing.ChargeLineRequest;
import org.foyer.billing.CorrectionRequest;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.LedgerView;
import org.foyer.billing.PaymentRequest;
import org.foyer.billing.PaymentView;
import org.foyer.billing.RefundOrder;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.invoices.OwedInvoiceView;
import org.foyer.billing.settings.ClinicianNpiSettings;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.diagnoses.DiagnosisInput;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentDownload;
import org.foyer.documents.boundary.DocumentSummary;
import org.junit.jupiter.api.Test;

/** Ledgers, invoices, staff-recorded payments and refunds, on PostgreSQL. */
class BillingTest {

  private final BillingWorld world = new BillingWorld("billing");

  @Test
  void manualChargesRaiseTheBalanceSummedFromTheLedger() {
    world.chargeJo(12_000, "Assessment report");
    world.chargeJo(3_050, "Copy of records");

    LedgerView ledger = world.in(() -> world.billing.ledger(world.biller, world.base.jo));

    assertThat(ledger.balanceCents()).isEqualTo(15_050);
    assertThat(ledger.currency()).isEqualTo("USD");
    assertThat(ledger.lines())
        .extracting(LedgerLine::kind, LedgerLine::amountCents, LedgerLine::balanceCents)
        .containsExactly(tuple("CHARGE", 12_000L, 12_000L), tuple("CHARGE", 3_050L, 15_050L));
  }

  @Test
  void aSentInvoiceIsFiledAsAPdfInTheClientsGeneralDocumentsAndNowhereElse() throws Exception {
    LedgerLine session = world.chargeJo(12_000, "Individual session, 3 December");
    world.chargeJo(3_050, "Copy of records, not on this invoice");

    world.sentInvoice(session.id());

    List<DocumentSummary> filed =
        world.in(() -> world.documents.listDocuments(world.biller, world.base.jo));
    assertThat(filed).extracting(DocumentSummary::kind).containsExactly(DocumentKind.INVOICE);
    DocumentSummary invoice = filed.get(0);
    assertThat(invoice.title()).startsWith("Invoice 1 of ");
    DocumentDownload pdf =
        world.in(() -> world.documents.download(world.biller, world.base.jo, invoice.id()));
    assertThat(pdf.summary().contentType()).isEqualTo("application/pdf");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains(invoice.title(), "Invoice number 1", "Jo ", "Individual session, 3 December")
        .contains("$120.00")
        .contains("To pay $120.00", "Pay in your")
        .doesNotContain("Copy of records", "$30.50");
    assertThat(world.in(() -> world.documents.listDocuments(world.biller, world.base.sam)))
        .isEmpty();
  }

  @Test
  void aPracticeNumbersItsInvoicesAsItSendsThemAndTellsTheClientWhatIsToPay() {
    LedgerLine first = world.chargeJo(12_000, "Session");
    LedgerLine second = world.chargeJo(3_000, "Report");
    InvoiceView draft =
        world.in(
            () ->
                world.billing.createInvoice(
                    world.biller, new InvoiceRequest(world.base.jo, List.of(first.id()))));
    assertThat(draft.number()).isNull();
    assertThat(draft.name()).isEqualTo("Draft invoice");

    InvoiceView one = world.in(() -> world.billing.send(world.biller, draft.id()));
    assertThat(one.name()).isEqualTo("Invoice 1");
    assertThat(world.invoiceNotices.last())
        .satisfies(
            notice -> {
              assertThat(notice.recipients()).containsExactly("jo@example.org");
              assertThat(notice.number()).isEqualTo(1);
              assertThat(notice.dueCents()).isEqualTo(12_000);
            });
    world.in(() -> world.billing.voidInvoice(world.biller, one.id()));
    InvoiceView two = world.sentInvoice(second.id());
    assertThat(two.number()).as("a void invoice keeps its number").isEqualTo(2);
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, one.id())).name())
        .isEqualTo("Invoice 1");
    assertThatThrownBy(() -> world.in(() -> world.billing.send(world.biller, two.id())))
        .isInstanceOf(Conflict.class);
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, two.id())).number())
        .isEqualTo(2);

    BillingWorld elsewhere = new BillingWorld("numbers-elsewhere");
    LedgerLine theirs = elsewhere.chargeJo(5_000, "Session");
    assertThat(elsewhere.sentInvoice(theirs.id()).number())
        .as("each practice counts its own")
        .isEqualTo(1);
  }

  @Test
  void invoicesSentAtOnceEachTakeTheirOwnNumber() throws Exception {
    List<UUID> drafts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LedgerLine charge = world.chargeJo(1_000 + i, "Session " + i);
      drafts.add(
          world
              .in(
                  () ->
                      world.billing.createInvoice(
                          world.biller, new InvoiceRequest(world.base.jo, List.of(charge.id()))))
              .id());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
    List<Integer> numbers = new ArrayList<>();
    try {
      List<Future<InvoiceView>> sending = new ArrayList<>();
      for (UUID draft : drafts) {
        sending.add(
            pool.submit(
                () -> {
                  start.await();
                  return world.in(() -> world.billing.send(world.biller, draft));
                }));
      }
      start.countDown();
      for (Future<InvoiceView> sent : sending) {
        numbers.add(sent.get().number());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aMonthsStatementShowsWhatWasOwedWhenItBeganEachEntryAndWhatWasOwedWhenItEnded()
      throws Exception {
    LedgerLine before = world.chargeJo(4_000, "Assessment report");
    YearMonth lastMonth = YearMonth.from(world.base.clock.instant().atZone(ZoneId.of("UTC")));
    world.base.clock.advance(Duration.ofDays(35));
    world.chargeJo(12_000, "Individual session");
    world.pay(5_000, "CASH", null);

    YearMonth thisMonth = YearMonth.from(world.base.clock.instant().atZone(ZoneId.of("UTC")));
    DocumentSummary statement =
        world.in(
            () -> world.billingDocuments.fileStatement(world.biller, world.base.jo, thisMonth));

    assertThat(statement.kind()).isEqualTo(DocumentKind.STATEMENT);
    String text = pdfText(statement);
    assertThat(text)
        .contains("Statement for ", "For Jo Rivera", "Month ")
        .contains("Charge: Individual session", "$120.00", "Payment")
        .contains("Owed when the month began $40.00", "Owed when the month ended $110.00")
        .doesNotContain("Assessment report");
    assertThat(before.amountCents()).isEqualTo(4_000);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billingDocuments.fileStatement(
                            world.biller, world.base.jo, thisMonth.plusMonths(1))))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Choose a month that has begun.");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billingDocuments.fileStatement(
                            world.withoutBilling, world.base.jo, lastMonth)))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> world.documents.listDocuments(world.biller, world.base.jo)))
        .extracting(DocumentSummary::kind)
        .containsExactly(DocumentKind.STATEMENT);
  }

  @Test
  void theBillersListHoldsSentInvoicesStillOwedOldestFirstAndOnlyThePracticesOwn() {
    BillingWorld other = new BillingWorld("billing-owed-other");
    other.sentInvoice(other.chargeJo(9_900, "Their session").id());
    InvoiceView paidInFull = world.sentInvoice(world.chargeJo(5_000, "Paid session").id());
    world.pay(5_000, "CASH", null, new PaymentRequest.Allocation(paidInFull.id(), 5_000));
    InvoiceView partly = world.sentInvoice(world.chargeJo(12_000, "Individual session").id());
    world.pay(2_000, "CASH", null, new PaymentRequest.Allocation(partly.id(), 2_000));
    world.base.clock.advance(Duration.ofDays(1));
    InvoiceView untouched = world.sentInvoice(world.chargeJo(3_000, "Copy of records").id());
    world.in(
        () ->
            world.billing.createInvoice(
                world.biller,
                new InvoiceRequest(
                    world.base.jo, List.of(world.chargeJo(1_000, "Drafted only").id()))));

    List<OwedInvoiceView> owed = world.in(() -> world.billing.listOwed(world.biller));

    assertThat(owed)
        .extracting(OwedInvoiceView::id, OwedInvoiceView::status, OwedInvoiceView::dueCents)
        .containsExactly(
            tuple(partly.id(), InvoiceState.PARTIALLY_PAID, 10_000L),
            tuple(untouched.id(), InvoiceState.SENT, 3_000L));
    assertThat(owed).allSatisfy(invoice -> assertThat(invoice.clientName()).startsWith("Jo"));
    assertThatThrownBy(() -> world.in(() -> world.billing.listOwed(world.withoutBilling)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aMonthsSuperbillNamesPracticeClinicianDiagnosesAndEachSessionOrSaysWhatIsMissing()
      throws Exception {
    UUID session = world.appointmentForJo(1);
    world.base.clock.advance(Duration.ofDays(2));
    world.in(() -> world.appointments.mark(world.base.desk, session, AppointmentStatus.ATTENDED));
    world.pay(5_000, "CASH", null);
    YearMonth month = YearMonth.from(world.base.clock.instant().atZone(ZoneId.of("UTC")));

    assertThatThrownBy(() -> superbill(month))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("the practice's NPI and tax id");
    world.in(
        () ->
            world.settings.changeIdentity(
                world.biller, new BillingIdentity("1234567893", "12-3456789", "11")));
    assertThatThrownBy(() -> superbill(month))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("the client's diagnoses");
    world.in(
        () ->
            world.diagnoses.add(
                world.base.therapist,
                world.base.jo,
                new DiagnosisInput("F41.1", "Generalized anxiety disorder")));
    assertThatThrownBy(() -> superbill(month))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("NPI of");
    world.in(
        () -> {
          world.clinicianNpis.keep(world.base.therapist.accountId(), "1245319599");
          return null;
        });

    DocumentSummary filed = superbill(month);

    assertThat(filed.kind()).isEqualTo(DocumentKind.SUPERBILL);
    assertThat(pdfText(filed))
        .contains("Superbill for ", "Practice NPI 1234567893", "Tax id 12-3456789")
        .contains("Place of service 11", "Date of birth 1 May 1990")
        .contains("F41.1 Generalized anxiety disorder")
        .contains("CPT 90834 Individual therapy", "NPI 1245319599", "$150.00")
        .contains("Fees $150.00", "$50.00");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billingDocuments.fileSuperbill(
                            world.withoutBilling, world.base.jo, month)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aClinicianNpiIsKeptChangedAndRemovedByBillingStaffOnly() {
    ClinicianNpiSettings npis =
        new ClinicianNpiSettings(world.base.staff, world.clinicianNpis, world.base.audit);
    UUID therapist = world.base.therapist.accountId();

    assertThat(world.in(() -> npis.change(world.biller, therapist, " 1245 319 599 ")).npi())
        .isEqualTo("1245319599");
    assertThatThrownBy(() -> world.in(() -> npis.change(world.biller, therapist, "1245319598")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("ten digits");
    assertThat(world.in(() -> world.clinicianNpis.find(therapist))).contains("1245319599");

    assertThat(world.in(() -> npis.change(world.biller, therapist, "  ")).npi()).isNull();
    assertThat(world.in(() -> world.clinicianNpis.find(therapist))).isEmpty();
    assertThat(world.in(() -> npis.change(world.biller, therapist, null)).npi())
        .as("removing what is not there changes nothing")
        .isNull();
    assertThat(world.in(() -> world.base.audit.listRecent(20)))
        .filteredOn(e -> e.action() == AuditAction.BILLING_SETTINGS_CHANGED)
        .extracting(AuditEvent::subject)
        .containsExactly(
            "NPI of clinician " + therapist + " removed", "NPI of clinician " + therapist);

    assertThatThrownBy(
            () -> world.in(() -> npis.change(world.withoutBilling, therapist, "1245319599")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> npis.change(world.biller, UUID.randomUUID(), "1245319599")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> npis.change(world.biller, world.base.desk.accountId(), "1245319599")))
        .as("only clinicians have an NPI here")
        .isInstanceOf(NotFound.class);
  }

  private DocumentSummary superbill(YearMonth month) {
    return world.in(() -> world.billingDocuments.fileSuperbill(world.biller, world.base.jo, month));
  }

  private String pdfText(DocumentSummary filed) throws Exception {
    DocumentDownload pdf =
        world.in(() -> world.documents.download(world.biller, world.base.jo, filed.id()));
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aChargeOfNothingOrWithoutDescriptionIsRefusedWithTheField() {
    assertThatThrownBy(() -> world.chargeJo(0, "Nothing"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("amountCents"));
    assertThatThrownBy(() -> world.chargeJo(100, "  "))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("description"));
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void theApplicationRoleMayNotUpdateOrDeleteLedgerEntries() throws SQLException {
    world.chargeJo(5_000, "Assessment report");
    try (Connection connection = AppointmentsWorld.db.database().openAppConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE ledger_entry SET amount_cents = 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM ledger_entry"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM invoice_line"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
    }
    assertThat(world.joBalance()).isEqualTo(5_000);
  }

  @Test
  void withoutBillingOrForAnotherPracticesClientTheAnswerIs404AndNothingChanges() {
    BillingWorld other = new BillingWorld("billing-other");
    UUID theirClient = other.base.jo;

    assertThatThrownBy(
            () -> world.in(() -> world.billing.ledger(world.withoutBilling, world.base.jo)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billing.charge(
                            world.withoutBilling,
                            world.base.jo,
                            new ChargeLineRequest(100, "Fee"))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.billing.ledger(world.base.joLogin, world.base.jo)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.billing.ledger(world.biller, theirClient)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billing.charge(
                            world.biller, theirClient, new ChargeLineRequest(100, "Fee"))))
        .isInstanceOf(NotFound.class);

    UUID theirCharge = other.chargeJo(700, "Their fee").id();
    InvoiceView theirInvoice = other.sentInvoice(theirCharge);
    assertThatThrownBy(
            () -> world.in(() -> world.billing.getInvoice(world.biller, theirInvoice.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billing.createInvoice(
                            world.biller, new InvoiceRequest(world.base.jo, List.of(theirCharge)))))
        .isInstanceOf(NotFound.class);
    assertThat(world.joBalance()).isZero();
    assertThat(other.joBalance()).isEqualTo(700);
  }

  @Test
  void anotherClientsInvoiceCannotTakeThisClientsPayment() {
    UUID samCharge =
        world
            .in(
                () ->
                    world.billing.charge(
                        world.biller, world.base.sam, new ChargeLineRequest(900, "Sam's fee")))
            .id();
    InvoiceView samInvoice =
        world.in(
            () -> {
              InvoiceView draft =
                  world.billing.createInvoice(
                      world.biller, new InvoiceRequest(world.base.sam, List.of(samCharge)));
              return world.billing.send(world.biller, draft.id());
            });

    assertThatThrownBy(
            () -> world.pay(900, "CASH", null, new PaymentRequest.Allocation(samInvoice.id(), 900)))
        .isInstanceOf(NotFound.class);
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void anInvoiceGoesFromDraftToSentToPartlyPaidToPaid() {
    LedgerLine report = world.chargeJo(12_000, "Assessment report");
    LedgerLine copy = world.chargeJo(3_000, "Copy of records");
    InvoiceView draft =
        world.in(
            () ->
                world.billing.createInvoice(
                    world.biller,
                    new InvoiceRequest(world.base.jo, List.of(report.id(), copy.id()))));
    assertThat(draft.status()).isEqualTo(InvoiceState.DRAFT);
    assertThat(draft.totalCents()).isEqualTo(15_000);

    InvoiceView sent = world.in(() -> world.billing.send(world.biller, draft.id()));
    assertThat(sent.status()).isEqualTo(InvoiceState.SENT);

    world.pay(5_000, "CASH", null, new PaymentRequest.Allocation(draft.id(), 5_000));
    InvoiceView partly = world.in(() -> world.billing.getInvoice(world.biller, draft.id()));
    assertThat(partly.status()).isEqualTo(InvoiceState.PARTIALLY_PAID);
    assertThat(partly.paidCents()).isEqualTo(5_000);
    assertThat(partly.dueCents()).isEqualTo(10_000);

    world.pay(10_000, "CHEQUE", null, new PaymentRequest.Allocation(draft.id(), 10_000));
    InvoiceView paid = world.in(() -> world.billing.getInvoice(world.biller, draft.id()));
    assertThat(paid.status()).isEqualTo(InvoiceState.PAID);
    assertThat(paid.dueCents()).isZero();
    assertThat(world.joBalance()).isZero();
  }

  @Test
  void aPaymentIsSplitAcrossInvoicesAndTheRestIsCredit() {
    InvoiceView first = world.sentInvoice(world.chargeJo(4_000, "Report").id());
    InvoiceView second = world.sentInvoice(world.chargeJo(6_000, "Letter").id());

    world.pay(
        12_000,
        "CARD_TERMINAL",
        null,
        new PaymentRequest.Allocation(first.id(), 4_000),
        new PaymentRequest.Allocation(second.id(), 6_000));

    assertThat(world.in(() -> world.billing.getInvoice(world.biller, first.id())).status())
        .isEqualTo(InvoiceState.PAID);
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, second.id())).status())
        .isEqualTo(InvoiceState.PAID);
    assertThat(world.joBalance()).as("2,000 of credit").isEqualTo(-2_000);
  }

  @Test
  void aPartMoreThanTheInvoiceOwesIsRefusedAndNothingIsRecorded() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(4_000, "Report").id());

    assertThatThrownBy(
            () ->
                world.pay(5_000, "CASH", null, new PaymentRequest.Allocation(invoice.id(), 5_000)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most what the invoice still owes (4000)");
    assertThat(world.joBalance()).isEqualTo(4_000);
  }

  @Test
  void onlyASentInvoiceTakesPaymentsAndOnlyADraftTakesCharges() {
    LedgerLine charge = world.chargeJo(4_000, "Report");
    InvoiceView draft =
        world.in(
            () ->
                world.billing.createInvoice(
                    world.biller, new InvoiceRequest(world.base.jo, List.of(charge.id()))));

    assertThatThrownBy(
            () -> world.pay(1_000, "CASH", null, new PaymentRequest.Allocation(draft.id(), 1_000)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.billing.createInvoice(
                            world.biller, new InvoiceRequest(world.base.jo, List.of(charge.id())))))
        .as("a charge is on one open invoice at a time")
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aVoidInvoiceReleasesItsChargesButOneWithPaymentsCannotBeVoided() {
    LedgerLine charge = world.chargeJo(4_000, "Report");
    InvoiceView first = world.sentInvoice(charge.id());
    InvoiceView voided = world.in(() -> world.billing.voidInvoice(world.biller, first.id()));
    assertThat(voided.status()).isEqualTo(InvoiceState.VOID);

    InvoiceView second = world.sentInvoice(charge.id());
    world.pay(1_000, "CASH", null, new PaymentRequest.Allocation(second.id(), 1_000));
    assertThatThrownBy(() -> world.in(() -> world.billing.voidInvoice(world.biller, second.id())))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void adjustmentsAndWriteOffsChangeWhatIsDue() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(10_000, "Report").id());
    world.in(
        () ->
            world.billing.correct(
                world.biller,
                world.base.jo,
                new CorrectionRequest("ADJUSTMENT", -1_500, invoice.id(), "Sliding scale")));
    world.in(
        () ->
            world.billing.correct(
                world.biller,
                world.base.jo,
                new CorrectionRequest("WRITE_OFF", 500, invoice.id(), "Small balance")));

    InvoiceView after = world.in(() -> world.billing.getInvoice(world.biller, invoice.id()));
    assertThat(after.totalCents()).isEqualTo(8_000);
    assertThat(after.dueCents()).isEqualTo(8_000);
    assertThat(world.joBalance()).isEqualTo(8_000);
  }

  @Test
  void aRefundNeverExceedsWhatWasPaid() {
    InvoiceView invoice = world.sentInvoice(world.chargeJo(10_000, "Report").id());
    PaymentView payment =
        world.pay(6_000, "CASH", null, new PaymentRequest.Allocation(invoice.id(), 6_000));

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.payments.refund(
                            world.biller, payment.id(), new RefundOrder(6_001, "r1", null))))
        .isInstanceOf(InvalidInput.class);

    PaymentView once =
        world.in(
            () ->
                world.payments.refund(
                    world.biller, payment.id(), new RefundOrder(4_000, "r2", "Overcharged")));
    assertThat(once.refundableCents()).isEqualTo(2_000);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.payments.refund(
                            world.biller, payment.id(), new RefundOrder(2_001, "r3", null))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most what is left of the payment ($20.00)");
    assertThat(world.in(() -> world.billing.getInvoice(world.biller, invoice.id())).paidCents())
        .isEqualTo(2_000);
    assertThat(world.joBalance()).isEqualTo(8_000);
  }

  @Test
  void twoRefundsAtOnceCannotTogetherExceedWhatWasPaid() throws Exception {
    PaymentView payment = world.pay(6_000, "CASH", null);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Object> refund =
        () -> {
          start.await();
          try {
            return world.in(
                () ->
                    world.payments.refund(
                        world.biller,
                        payment.id(),
                        new RefundOrder(4_000, UUID.randomUUID().toString(), null)));
          } catch (InvalidInput e) {
            return e;
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Object> outcomes = new ArrayList<>();
    try {
      List<Future<Object>> both = List.of(pool.submit(refund), pool.submit(refund));
      start.countDown();
      for (Future<Object> one : both) {
        outcomes.add(one.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(outcomes).filteredOn(PaymentView.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(InvalidInput.class::isInstance).hasSize(1);
    assertThat(world.joBalance()).isEqualTo(-6_000 + 4_000);
  }

  @Test
  void everyReadAndChangeIsAuditedAboutTheClient() {
    LedgerLine charge = world.chargeJo(1_000, "Report");
    InvoiceView invoice = world.sentInvoice(charge.id());
    world.pay(1_000, "CASH", null, new PaymentRequest.Allocation(invoice.id(), 1_000));
    world.in(() -> world.billing.ledger(world.biller, world.base.jo));
    world.in(() -> world.billing.getInvoice(world.biller, invoice.id()));

    List<AuditEvent> events = world.in(() -> world.base.audit.listRecent(50));
    assertThat(events)
        .filteredOn(e -> e.subject() != null && e.subject().contains("client " + world.base.jo))
        .extracting(AuditEvent::action)
        .contains(
            AuditAction.CHARGE_POSTED,
            AuditAction.INVOICE_CREATED,
            AuditAction.INVOICE_SENT,
            AuditAction.PAYMENT_TAKEN,
            AuditAction.LEDGER_VIEWED,
            AuditAction.INVOICE_VIEWED);
  }
}
