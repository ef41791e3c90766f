package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.ChargeLineRequest;
import org.foyer.billing.CorrectionRequest;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.LedgerView;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.entity.EntryKind;
import org.foyer.billing.entity.Invoice;
import org.foyer.billing.entity.InvoiceLine;
import org.foyer.billing.entity.InvoiceStatus;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.invoices.InvoiceRequest;
import org.foyer.billing.invoices.InvoiceSent;
import org.foyer.billing.invoices.InvoiceState;
import org.foyer.billing.invoices.InvoiceView;
import org.foyer.billing.invoices.OwedInvoiceView;
import org.foyer.billing.settings.entity.BillingSettings;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.Tenancy;

/**
 * Clients' ledgers and invoices, for staff holding "billing". Anyone else, and any id of another
 * practice or of another client than the one named, meets 404 with nothing changed. Every read and
 * change is audited about the client.
 */
@ApplicationScoped
public class Billing {

  public static final String CLIENT = "That client";
  static final String INVOICE = "That invoice";

  private EntityManager em;
  private AuditLog audit;
  private ClientRecords clients;
  private Ledger ledger;
  private ProcessorAccounts accounts;
  private Event<InvoiceSent> sent;
  private Clock clock;

  protected Billing() {}

  /** Without autopay listening to sent invoices: for tests of the ledger alone. */
  public Billing(
      EntityManager em,
      AuditLog audit,
      ClientRecords clients,
      Ledger ledger,
      ProcessorAccounts accounts,
      Clock clock) {
    this(em, audit, clients, ledger, accounts, null, clock);
  }

  @Inject
  public Billing(
      EntityManager em,
      AuditLog audit,
      ClientRecords clients,
      Ledger ledger,
      ProcessorAccounts accounts,
      Event<InvoiceSent> sent,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.clients = clients;
    this.ledger = ledger;
    this.accounts = accounts;
    this.sent = sent;
    this.clock = clock;
  }

  /**
   * A client's ledger, oldest first, with the balance summed by the database. Not a read-only
   * transaction: reading it writes its audit event.
   */
  @Transactional
  public LedgerView ledger(Caller caller, UUID clientId) {
    requireClient(caller, clientId);
    List<LedgerLine> lines = new ArrayList<>();
    long running = 0;
    for (LedgerEntry entry : ledger.listEntries(clientId)) {
      running += entry.amountCents();
      lines.add(line(entry, running));
    }
    long balance = ledger.balanceOf(clientId);
    record(caller, AuditAction.LEDGER_VIEWED, clientId, "ledger read");
    return new LedgerView(clientId, accounts.settings().currency(), balance, lines);
  }

  /** A charge staff enter by hand. */
  @Transactional
  public LedgerLine charge(Caller caller, UUID clientId, ChargeLineRequest request) {
    requireClient(caller, clientId);
    if (request == null) {
      throw new InvalidInput("Send the charge as a JSON object");
    }
    LedgerEntry entry =
        LedgerEntry.charge(
            clientId,
            request.amountCents(),
            accounts.settings().currency(),
            request.description(),
            null,
            caller.email(),
            clock.instant());
    ledger.post(entry);
    record(caller, AuditAction.CHARGE_POSTED, clientId, "charge " + entry.id() + " posted");
    return line(entry, ledger.balanceOf(clientId));
  }

  /** An adjustment either way, or a write-off, on the client's account or one of their invoices. */
  @Transactional
  public LedgerLine correct(Caller caller, UUID clientId, CorrectionRequest request) {
    requireClient(caller, clientId);
    if (request == null || request.kind() == null) {
      throw invalid("kind", "Say whether this is an ADJUSTMENT or a WRITE_OFF");
    }
    if (request.invoiceId() != null) {
      Invoice invoice = invoiceOf(clientId, request.invoiceId());
      if (invoice.status() == InvoiceStatus.VOID) {
        throw new Conflict("This invoice is void");
      }
    }
    String currency = accounts.settings().currency();
    EntryKind kind =
        switch (request.kind()) {
          case "ADJUSTMENT" -> EntryKind.ADJUSTMENT;
          case "WRITE_OFF" -> EntryKind.WRITE_OFF;
          default -> throw invalid("kind", "Say whether this is an ADJUSTMENT or a WRITE_OFF");
        };
    LedgerEntry entry =
        LedgerEntry.correction(
            kind,
            clientId,
            request.amountCents(),
            currency,
            request.invoiceId(),
            request.reason(),
            caller.email(),
            clock.instant());
    ledger.post(entry);
    record(
        caller,
        AuditAction.LEDGER_ADJUSTED,
        clientId,
        entry.kind().name().toLowerCase() + " " + entry.id() + " posted");
    return line(entry, ledger.balanceOf(clientId));
  }

  /** A draft invoice grouping some of the client's charges that are on no other open invoice. */
  @Transactional
  public InvoiceView createInvoice(Caller caller, InvoiceRequest request) {
    if (request == null) {
      requireBilling(caller);
      throw new InvalidInput("Send the invoice as a JSON object");
    }
    UUID clientId = request.clientId();
    requireClient(caller, clientId);
    Set<UUID> chargeIds =
        new LinkedHashSet<>(request.chargeIds() == null ? List.of() : request.chargeIds());
    if (chargeIds.isEmpty()) {
      throw invalid("chargeIds", "Choose at least one charge for the invoice");
    }
    // Ledger rows cannot be locked (the app may not update them, and PostgreSQL's row locks need
    // that): the practice's settings row serialises invoicing instead, so of two invoices racing
    // for one charge the second sees the first's line.
    BillingSettings settings = accounts.settingsForChange();
    em.flush();
    em.lock(settings, LockModeType.PESSIMISTIC_WRITE);
    Invoice invoice = new Invoice(clientId, settings.currency(), caller.email(), clock.instant());
    em.persist(invoice);
    for (UUID chargeId : chargeIds) {
      LedgerEntry charge =
          ledger
              .findEntry(chargeId)
              .filter(e -> e.kind() == EntryKind.CHARGE && e.clientId().equals(clientId))
              .orElseThrow(() -> new NotFound("That charge"));
      if (!ledger.listOpenInvoicesOf(chargeId).isEmpty()) {
        throw new Conflict("The charge \"" + charge.description() + "\" is already on an invoice");
      }
      em.persist(new InvoiceLine(invoice.id(), chargeId));
    }
    em.flush();
    record(caller, AuditAction.INVOICE_CREATED, clientId, "invoice " + invoice.id() + " created");
    return view(invoice);
  }

  /** One invoice; audited, so not a read-only transaction. */
  @Transactional
  public InvoiceView getInvoice(Caller caller, UUID invoiceId) {
    requireBilling(caller);
    Invoice invoice = findInvoice(invoiceId);
    record(
        caller, AuditAction.INVOICE_VIEWED, invoice.clientId(), "invoice " + invoiceId + " read");
    return view(invoice);
  }

  /** A client's invoices, newest first; audited, so not a read-only transaction. */
  @Transactional
  public List<InvoiceView> listInvoices(Caller caller, UUID clientId) {
    requireClient(caller, clientId);
    List<Invoice> invoices =
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.clientId = :id ORDER BY i.createdAt DESC, i.id",
                Invoice.class)
            .setParameter("id", clientId)
            .getResultList();
    record(caller, AuditAction.INVOICE_VIEWED, clientId, "invoices listed");
    return invoices.stream().map(this::view).toList();
  }

  /** At most this many owed invoices are listed at once, oldest first. */
  public static final int OWED_LISTED = 500;

  /**
   * The practice's sent invoices with money still to pay, oldest sent first (at most {@link
   * #OWED_LISTED}), each with its client's name: the biller's work list.
   */
  @Transactional
  public List<OwedInvoiceView> listOwed(Caller caller) {
    requireBilling(caller);
    List<Ledger.OwedInvoice> owed = ledger.listOwedInvoices(OWED_LISTED);
    Map<UUID, ClientIdentity> names =
        clients.findIdentities(owed.stream().map(Ledger.OwedInvoice::clientId).distinct().toList());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.LEDGER_VIEWED)
            .about("owed invoices of the practice listed (" + owed.size() + ")"));
    return owed.stream()
        .map(
            invoice ->
                new OwedInvoiceView(
                    invoice.id(),
                    invoice.clientId(),
                    Optional.ofNullable(names.get(invoice.clientId()))
                        .map(ClientIdentity::displayName)
                        .orElse(""),
                    invoice.paidCents() > 0 ? InvoiceState.PARTIALLY_PAID : InvoiceState.SENT,
                    invoice.currency(),
                    invoice.totalCents(),
                    invoice.paidCents(),
                    invoice.totalCents() - invoice.paidCents(),
                    invoice.sentAt(),
                    invoice.number()))
        .toList();
  }

  @Transactional
  public InvoiceView send(Caller caller, UUID invoiceId) {
    requireBilling(caller);
    Invoice invoice = findInvoice(invoiceId);
    invoice.requireUnsent();
    invoice.send(clock.instant(), nextInvoiceNumber());
    record(caller, AuditAction.INVOICE_SENT, invoice.clientId(), "invoice " + invoiceId + " sent");
    if (sent == null) {
      return view(invoice);
    }
    // The figures as sent go with the event, read once for every listener (the PDF, autopay, the
    // notice). Autopay charges the client's saved card here, in this unit of work, so the answer
    // is read again after it; a decline is recorded and mailed but never stops the invoice.
    sent.fire(new InvoiceSent(view(invoice)));
    return view(invoice);
  }

  /**
   * The practice's next invoice number. Two invoices sent at once wait for each other here, so each
   * takes its own number; the lock is held until the sending unit of work ends.
   */
  private int nextInvoiceNumber() {
    UnitOfWork.holdLocks(em, List.of("foyer.invoice_number:" + Tenancy.require()));
    Integer last =
        em.createQuery("SELECT MAX(i.number) FROM Invoice i", Integer.class).getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /** Voids an invoice nothing is paid on; its charges may then go on another. */
  @Transactional
  public InvoiceView voidInvoice(Caller caller, UUID invoiceId) {
    requireBilling(caller);
    Invoice invoice = findInvoice(invoiceId);
    em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
    if (ledger.paidOn(invoiceId) != 0) {
      throw new Conflict("An invoice with payments on it cannot be voided; refund them first");
    }
    invoice.voidIt(clock.instant());
    record(
        caller, AuditAction.INVOICE_VOIDED, invoice.clientId(), "invoice " + invoiceId + " voided");
    return view(invoice);
  }

  InvoiceView view(Invoice invoice) {
    long total = ledger.chargesOn(invoice.id()) + ledger.correctionsOn(invoice.id());
    long paid = ledger.paidOn(invoice.id());
    long due = total - paid;
    InvoiceState state =
        switch (invoice.status()) {
          case DRAFT -> InvoiceState.DRAFT;
          case VOID -> InvoiceState.VOID;
          case SENT ->
              paid <= 0
                  ? InvoiceState.SENT
                  : due <= 0 ? InvoiceState.PAID : InvoiceState.PARTIALLY_PAID;
        };
    return new InvoiceView(
        invoice.id(),
        invoice.clientId(),
        state,
        invoice.currency(),
        total,
        paid,
        due,
        ledger.listChargeIdsOn(invoice.id()),
        invoice.createdAt(),
        invoice.sentAt().orElse(null),
        invoice.number().orElse(null));
  }

  /** An invoice of the practice; another practice's id is simply not found. */
  Invoice findInvoice(UUID invoiceId) {
    Invoice invoice = invoiceId == null ? null : em.find(Invoice.class, invoiceId);
    if (invoice == null) {
      throw new NotFound(INVOICE);
    }
    return invoice;
  }

  /** An invoice of this client; another client's is not found, as another practice's. */
  Invoice invoiceOf(UUID clientId, UUID invoiceId) {
    Invoice invoice = findInvoice(invoiceId);
    if (!invoice.clientId().equals(clientId)) {
      throw new NotFound(INVOICE);
    }
    return invoice;
  }

  /** Staff with "billing" only; anyone else meets the setting or record as missing. */
  public static void requireBilling(Caller caller) {
    if (caller == null || !caller.isStaff() || !caller.can(Capability.BILLING)) {
      throw new NotFound(CLIENT);
    }
  }

  void requireClient(Caller caller, UUID clientId) {
    requireBilling(caller);
    if (clients.findIdentity(clientId).isEmpty()) {
      throw new NotFound(CLIENT);
    }
  }

  static LedgerLine line(LedgerEntry entry, long balanceAfter) {
    return new LedgerLine(
        entry.id(),
        entry.kind().name(),
        entry.kind().label(),
        entry.amountCents(),
        balanceAfter,
        entry.currency(),
        entry.description(),
        entry.appointmentId().orElse(null),
        entry.invoiceId().orElse(null),
        entry.paymentId().orElse(null),
        entry.recordedAt(),
        entry.recordedBy());
  }

  void record(Caller caller, AuditAction action, UUID clientId, String what) {
    AuditRecord record = AuditRecord.success(caller.email(), action);
    // A portal login acts on behalf of the client, as everywhere else in the portal.
    audit.record(
        (caller.isStaff() ? record : record.onBehalfOf("client " + clientId))
            .about("client " + clientId + " " + what));
  }

  /** A refusal naming the field at fault, in the words billing's pages and API use. */
  public static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }
}
