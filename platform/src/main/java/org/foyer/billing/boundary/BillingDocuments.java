package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.audit.AuditAction;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.Money;
import org.foyer.billing.control.ClinicianNpis;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.entity.EntryKind;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.invoices.InvoiceSent;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.portal.ReceiptView;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.diagnoses.DiagnosisView;
import org.foyer.diagnoses.boundary.Diagnoses;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.forms.pdf.PdfWriter;
import org.foyer.forms.render.SandboxedVelocity;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * The billing documents a client keeps, as PDFs in their General Documents (the portal's Documents
 * for them, the client page for staff), all from one layout: each invoice as it is sent (in the
 * sending unit of work, so an invoice is never sent without its document; it says what stood at
 * sending, later payments show on receipts), and a month's statement when staff file one.
 */
@ApplicationScoped
public class BillingDocuments {

  private static final String TEMPLATE = "billing-document.xhtml.vm";
  private static final SandboxedVelocity LAYOUT =
      SandboxedVelocity.ofResource(BillingDocuments.class, TEMPLATE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
  private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final String FILED_BY = "Foyer billing";

  private EntityManager em;
  private Billing billing;
  private Ledger ledger;
  private ProcessorAccounts accounts;
  private ClientRecords clients;
  private GeneralDocuments documents;
  private ClinicianNpis npis;
  private StaffDirectory staff;
  private Diagnoses diagnoses;
  private ContactNetwork network;
  private Clock clock;

  protected BillingDocuments() {}

  @Inject
  public BillingDocuments(
      EntityManager em,
      Billing billing,
      Ledger ledger,
      ProcessorAccounts accounts,
      ClientRecords clients,
      GeneralDocuments documents,
      ClinicianNpis npis,
      StaffDirectory staff,
      Diagnoses diagnoses,
      ContactNetwork network,
      Clock clock) {
    this.network = network;
    this.npis = npis;
    this.staff = staff;
    this.diagnoses = diagnoses;
    this.em = em;
    this.billing = billing;
    this.ledger = ledger;
    this.accounts = accounts;
    this.clients = clients;
    this.documents = documents;
    this.clock = clock;
  }

  public void onInvoiceSent(@Observes InvoiceSent sent) {
    InvoiceView invoice = sent.invoice();
    Practice practice = practice();
    String day = DAY.format(invoice.sentAt().atZone(practice.timeZone()));
    String title = invoice.title(day);
    Set<UUID> onInvoice = new HashSet<>(invoice.chargeIds());
    List<LedgerEntry> charges =
        ledger.listEntries(invoice.clientId()).stream()
            .filter(entry -> entry.kind() == EntryKind.CHARGE && onInvoice.contains(entry.id()))
            .toList();
    String currency = invoice.currency();
    file(
        practice,
        invoice.clientId(),
        DocumentKind.INVOICE,
        title,
        "invoice-"
            + invoice.number()
            + "-"
            + FILE_DAY.format(invoice.sentAt().atZone(practice.timeZone()))
            + ".pdf",
        invoice.sentAt(),
        Map.of(
            "facts",
            List.of(fact("Invoice number", String.valueOf(invoice.number())), fact("Date", day)),
            "lines",
            lines(practice, charges, false),
            "totals",
            List.of(
                total("Total", invoice.totalCents(), currency),
                total("Paid", invoice.paidCents(), currency),
                total("To pay", invoice.dueCents(), currency)),
            "payNote",
            "Pay in your " + practice.name() + " portal, under Billing, or at the practice."));
  }

  /**
   * Files the client's statement of a month that has begun: what they owed when it began, every
   * charge, payment, refund and correction in it, and what they owed when it ended (or owe today,
   * for the running month).
   */
  @Transactional
  public DocumentSummary fileStatement(Caller caller, UUID clientId, YearMonth month) {
    billing.requireClient(caller, clientId);
    return statement(caller, clientId, month);
  }

  /**
   * The statement, asked for in the portal by the client or a contact whose link permits billing;
   * anyone else meets 404. It is filed in the client's documents, where the portal offers it.
   */
  @Transactional
  public DocumentSummary fileStatementInPortal(Caller caller, UUID clientId, YearMonth month) {
    requirePortalBilling(caller, clientId);
    return statement(caller, clientId, month);
  }

  private DocumentSummary statement(Caller caller, UUID clientId, YearMonth month) {
    Practice practice = practice();
    ZoneId zone = practice.timeZone();
    MonthSpan span = begun(month, zone);
    List<LedgerEntry> entries = ledger.listEntries(clientId);
    long opening =
        entries.stream()
            .filter(entry -> entry.recordedAt().isBefore(span.from()))
            .mapToLong(LedgerEntry::amountCents)
            .sum();
    List<LedgerEntry> inMonth = entries.stream().filter(span::holds).toList();
    long closing = opening + inMonth.stream().mapToLong(LedgerEntry::amountCents).sum();
    String currency = accounts.settings().currency();
    String monthName = MONTH.format(month);
    DocumentSummary filed =
        file(
            practice,
            clientId,
            DocumentKind.STATEMENT,
            "Statement for " + monthName,
            "statement-" + month + ".pdf",
            clock.instant(),
            Map.of(
                "facts",
                List.of(fact("Month", monthName)),
                "lines",
                lines(practice, inMonth, true),
                "totals",
                List.of(
                    total("Owed when the month began", opening, currency),
                    total("Owed when the month ended", closing, currency)),
                "payNote",
                "Pay in your "
                    + practice.name()
                    + " portal, under Billing, or at the practice. Questions about this"
                    + " statement: ask the practice."));
    billing.record(
        caller, AuditAction.STATEMENT_FILED, clientId, "statement for " + month + " filed");
    return filed;
  }

  /**
   * Files the client's superbill of a month that has begun, for their insurer: the practice (name,
   * NPI, tax id, place of service), the client (name, date of birth), their diagnoses, and each
   * session charged in the month with its date, CPT code, clinician and NPI, and fee, then what was
   * paid in the month. Refused, naming what to enter, while the practice's NPI or tax id, a
   * session's clinician's NPI, or the client's diagnoses are missing.
   */
  @Transactional
  public DocumentSummary fileSuperbill(Caller caller, UUID clientId, YearMonth month) {
    billing.requireClient(caller, clientId);
    return superbill(caller, clientId, month);
  }

  /**
   * The superbill, asked for in the portal by the client or a contact whose link permits billing;
   * anyone else meets 404. It is filed in the client's documents, where the portal offers it.
   */
  @Transactional
  public DocumentSummary fileSuperbillInPortal(Caller caller, UUID clientId, YearMonth month) {
    requirePortalBilling(caller, clientId);
    return superbill(caller, clientId, month);
  }

  /** The instants a month of the practice's calendar spans, from its first midnight to the next. */
  private record MonthSpan(Instant from, Instant until) {
    boolean holds(LedgerEntry entry) {
      return !entry.recordedAt().isBefore(from) && entry.recordedAt().isBefore(until);
    }
  }

  /** A month that has begun on the practice's clock; a month to come is refused. */
  private MonthSpan begun(YearMonth month, ZoneId zone) {
    if (month == null || month.isAfter(YearMonth.now(clock.withZone(zone)))) {
      throw Billing.invalid("month", "Choose a month that has begun.");
    }
    return new MonthSpan(
        month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  private void requirePortalBilling(Caller caller, UUID clientId) {
    if (clientId == null) {
      throw new NotFound("That client profile");
    }
    network.getProfile(caller, clientId, ContactPermission.BILLING);
  }

  private DocumentSummary superbill(Caller caller, UUID clientId, YearMonth month) {
    Practice practice = practice();
    ZoneId zone = practice.timeZone();
    MonthSpan span = begun(month, zone);
    BillingIdentity identity = accounts.settings().identity();
    if (identity.npi() == null || identity.taxId() == null) {
      throw new Conflict(
          "A superbill needs the practice's NPI and tax id: staff enter them in Billing settings.");
    }
    List<DiagnosisView> codes = diagnoses.listForDocument(clientId);
    if (codes.isEmpty()) {
      throw new Conflict(
          "A superbill needs the client's diagnoses: their clinician enters them on the client"
              + " record.");
    }
    List<LedgerEntry> inMonth = ledger.listEntries(clientId).stream().filter(span::holds).toList();
    List<LedgerEntry> sessions =
        inMonth.stream()
            .filter(entry -> entry.kind() == EntryKind.CHARGE)
            .filter(entry -> entry.serviceCode().isPresent())
            .toList();
    if (sessions.isEmpty()) {
      throw new Conflict("No session was charged in " + MONTH.format(month) + ".");
    }
    String currency = accounts.settings().currency();
    List<Map<String, Object>> lines = new java.util.ArrayList<>();
    for (LedgerEntry session : sessions) {
      UUID clinician = session.clinicianId().orElse(null);
      String name =
          clinician == null
              ? ""
              : staff.findProfile(clinician).map(StaffProfile::displayName).orElse("");
      String npi = clinician == null ? null : npis.find(clinician).orElse(null);
      if (npi == null) {
        throw new Conflict(
            "A superbill needs the NPI of "
                + (name.isEmpty() ? "each session's clinician" : name)
                + ": staff enter it in Billing settings.");
      }
      Instant when = session.serviceAt().orElse(session.recordedAt());
      lines.add(
          Map.of(
              "date", DAY.format(when.atZone(zone)),
              "description",
                  "CPT "
                      + session.serviceCode().orElseThrow()
                      + " "
                      + session.description()
                      + ". "
                      + name
                      + ", NPI "
                      + npi,
              "amount", Money.format(session.amountCents(), currency)));
    }
    long fees = sessions.stream().mapToLong(LedgerEntry::amountCents).sum();
    long paid =
        -inMonth.stream()
            .filter(e -> e.kind() == EntryKind.PAYMENT || e.kind() == EntryKind.REFUND)
            .mapToLong(LedgerEntry::amountCents)
            .sum();
    ClientIdentity client = clients.getIdentity(clientId);
    String monthName = MONTH.format(month);
    DocumentSummary filed =
        file(
            practice,
            clientId,
            DocumentKind.SUPERBILL,
            "Superbill for " + monthName,
            "superbill-" + month + ".pdf",
            clock.instant(),
            Map.of(
                "facts",
                List.of(
                    fact("Month", monthName),
                    fact("Date of birth", DAY.format(client.dateOfBirth())),
                    fact(
                        "Diagnoses (ICD-10)",
                        codes.stream()
                            .map(code -> code.code() + " " + code.description())
                            .collect(java.util.stream.Collectors.joining("; "))),
                    fact("Practice NPI", identity.npi()),
                    fact("Tax id", identity.taxIdShown()),
                    fact("Place of service", identity.placeOfService())),
                "lines",
                lines,
                "totals",
                List.of(
                    total("Fees", fees, currency), total("Paid in " + monthName, paid, currency)),
                "payNote",
                "For the client's insurer. Send it with a claim for out-of-network"
                    + " reimbursement."));
    billing.record(
        caller, AuditAction.SUPERBILL_FILED, clientId, "superbill for " + month + " filed");
    return filed;
  }

  private DocumentSummary file(
      Practice practice,
      UUID clientId,
      DocumentKind kind,
      String title,
      String fileName,
      Instant dated,
      Map<String, Object> content) {
    byte[] pdf =
        render(practice, clients.getIdentity(clientId).displayName(), title, dated, content);
    return documents.fileGenerated(
        clientId, kind, title, fileName, "application/pdf", pdf, FILED_BY);
  }

  private static byte[] render(
      Practice practice,
      String clientName,
      String title,
      Instant dated,
      Map<String, Object> content) {
    Map<String, Object> model = new java.util.HashMap<>(content);
    model.put("title", title);
    model.put("practice", practice.name());
    model.put("client", clientName);
    List<?> lines = (List<?>) content.get("lines");
    model.put("empty", lines.isEmpty());
    model.put("noLines", "Nothing happened on the account in this month.");
    return new PdfWriter().write(LAYOUT.render(TEMPLATE, model), dated);
  }

  /**
   * A payment's receipt as a PDF its payer keeps: who paid, for whom, when, with what, and where it
   * stands. Like the receipt mail it names no service, so it can be handed to anyone. It is made
   * when asked for and not filed: the payment itself is the record.
   */
  @Transactional(readOnly = true)
  public byte[] receiptPdf(ReceiptView receipt) {
    Practice practice = practice();
    String day = DAY.format(receipt.paidAt().atZone(practice.timeZone()));
    List<Map<String, Object>> totals = new java.util.ArrayList<>();
    totals.add(
        total(
            receipt.succeeded() ? "Paid" : "Not paid", receipt.amountCents(), receipt.currency()));
    if (receipt.refundedCents() > 0) {
      totals.add(0, total("Refunded", receipt.refundedCents(), receipt.currency()));
    }
    return render(
        practice,
        receipt.clientName(),
        "Receipt",
        receipt.paidAt(),
        Map.of(
            "facts",
            List.of(
                fact("Receipt number", receipt.number()),
                fact("Date", day),
                fact("Paid by", receipt.paidBy()),
                fact("Paid with", receipt.paidWith()),
                fact("Status", receipt.statusLabel())),
            "lines",
            List.of(
                Map.of(
                    "date",
                    day,
                    "description",
                    "Payment to " + practice.name(),
                    "amount",
                    Money.format(receipt.amountCents(), receipt.currency()))),
            "totals",
            totals,
            "payNote",
            "Thank you. This receipt names no service, to keep your health information"
                + " private."));
  }

  /** Each entry as a line people read; a statement names what kind each entry is. */
  private static List<Map<String, Object>> lines(
      Practice practice, List<LedgerEntry> entries, boolean withKind) {
    return entries.stream()
        .map(
            entry ->
                Map.<String, Object>of(
                    "date", DAY.format(entry.recordedAt().atZone(practice.timeZone())),
                    "description",
                        withKind
                            ? entry.kind().label() + ": " + entry.description()
                            : entry.description(),
                    "amount", Money.format(entry.amountCents(), entry.currency())))
        .toList();
  }

  private static Map<String, Object> fact(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  private static Map<String, Object> total(String label, long cents, String currency) {
    return Map.of("label", label, "amount", Money.format(cents, currency));
  }

  private Practice practice() {
    return em.find(Practice.class, Tenancy.require().value());
  }
}
