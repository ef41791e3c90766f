package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foyer.billing.InvoiceSent;
import org.foyer.billing.InvoiceView;
import org.foyer.billing.Money;
import org.foyer.billing.control.Ledger;
import org.foyer.billing.entity.EntryKind;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.forms.pdf.PdfWriter;
import org.foyer.forms.render.SandboxedVelocity;

/**
 * Files each invoice, as it is sent, in the client's General Documents as a PDF: the client reads
 * it in the portal's Documents and staff on the client's page. It is written in the sending unit of
 * work (the observer is synchronous), so an invoice is never sent without its document, and says
 * what stood at sending; later payments show on the Billing page and on receipts.
 */
@ApplicationScoped
public class InvoiceFiling {

  private static final String TEMPLATE = "invoice.xhtml.vm";
  private static final SandboxedVelocity LAYOUT =
      new SandboxedVelocity(Map.of(TEMPLATE, template()));
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
  private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private EntityManager em;
  private Billing billing;
  private Ledger ledger;
  private ClientRecords clients;
  private GeneralDocuments documents;

  protected InvoiceFiling() {}

  @Inject
  public InvoiceFiling(
      EntityManager em,
      Billing billing,
      Ledger ledger,
      ClientRecords clients,
      GeneralDocuments documents) {
    this.em = em;
    this.billing = billing;
    this.ledger = ledger;
    this.clients = clients;
    this.documents = documents;
  }

  public void onInvoiceSent(@Observes InvoiceSent sent) {
    InvoiceView invoice = billing.view(billing.findInvoice(sent.invoiceId()));
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    ZoneId zone = practice.timeZone();
    Instant sentAt = invoice.sentAt();
    String day = DAY.format(sentAt.atZone(zone));
    String title = "Invoice of " + day;
    documents.fileGenerated(
        sent.clientId(),
        DocumentKind.INVOICE,
        title,
        "invoice-" + FILE_DAY.format(sentAt.atZone(zone)) + ".pdf",
        "application/pdf",
        new PdfWriter().write(xhtml(practice, invoice, title, day), sentAt),
        "Foyer billing");
  }

  private String xhtml(Practice practice, InvoiceView invoice, String title, String day) {
    String currency = invoice.currency();
    Set<java.util.UUID> onInvoice = new HashSet<>(invoice.chargeIds());
    List<Map<String, Object>> lines =
        ledger.listEntries(invoice.clientId()).stream()
            .filter(entry -> entry.kind() == EntryKind.CHARGE && onInvoice.contains(entry.id()))
            .map(
                entry ->
                    Map.<String, Object>of(
                        "date", DAY.format(entry.recordedAt().atZone(practice.timeZone())),
                        "description", entry.description(),
                        "amount", Money.format(entry.amountCents(), currency)))
            .toList();
    return LAYOUT.render(
        TEMPLATE,
        Map.of(
            "title",
            title,
            "practice",
            practice.name(),
            "client",
            clients.getIdentity(invoice.clientId()).displayName(),
            "date",
            day,
            "lines",
            lines,
            "total",
            Money.format(invoice.totalCents(), currency),
            "paid",
            Money.format(invoice.paidCents(), currency),
            "due",
            Money.format(invoice.dueCents(), currency),
            "payNote",
            "Pay in your " + practice.name() + " portal, under Billing, or at the front desk."));
  }

  private static String template() {
    try (InputStream in = InvoiceFiling.class.getResourceAsStream(TEMPLATE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
