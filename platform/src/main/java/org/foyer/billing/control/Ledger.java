package org.foyer.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.foyer.billing.entity.EntryKind;
import org.foyer.billing.entity.LedgerEntry;

/**
 * Sums over the ledger. Every figure billing shows (a balance, an invoice's total and what was paid
 * on it, what a payment may still refund) is computed here by the database from the entries, never
 * kept as a number someone could edit.
 */
@ApplicationScoped
public class Ledger {

  private EntityManager em;

  protected Ledger() {}

  @Inject
  public Ledger(EntityManager em) {
    this.em = em;
  }

  public void post(LedgerEntry entry) {
    em.persist(entry);
    em.flush();
  }

  public long balanceOf(UUID clientId) {
    return sum(
        "SELECT COALESCE(SUM(e.amountCents), 0) FROM LedgerEntry e WHERE e.clientId = :id",
        clientId);
  }

  /** A client's entries, oldest first. */
  public List<LedgerEntry> listEntries(UUID clientId) {
    return em.createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.clientId = :id ORDER BY e.seq", LedgerEntry.class)
        .setParameter("id", clientId)
        .getResultList();
  }

  public Optional<LedgerEntry> findEntry(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(LedgerEntry.class, id));
  }

  public boolean hasChargeFor(UUID appointmentId) {
    return em.createQuery(
                "SELECT COUNT(e) FROM LedgerEntry e WHERE e.appointmentId = :id AND e.kind = :kind",
                Long.class)
            .setParameter("id", appointmentId)
            .setParameter("kind", EntryKind.CHARGE)
            .getSingleResult()
        > 0;
  }

  /** The charges an invoice groups, summed. */
  public long chargesOn(UUID invoiceId) {
    return sum(
        "SELECT COALESCE(SUM(e.amountCents), 0) FROM LedgerEntry e, InvoiceLine l"
            + " WHERE l.invoiceId = :id AND l.chargeId = e.id",
        invoiceId);
  }

  /** Adjustments and write-offs made on an invoice (negative lowers what is due). */
  public long correctionsOn(UUID invoiceId) {
    return sumOfKinds(invoiceId, "e.invoiceId", List.of(EntryKind.ADJUSTMENT, EntryKind.WRITE_OFF));
  }

  /** What was paid on an invoice less what was refunded of it, as a positive number. */
  public long paidOn(UUID invoiceId) {
    return -sumOfKinds(invoiceId, "e.invoiceId", List.of(EntryKind.PAYMENT, EntryKind.REFUND));
  }

  /** What a payment brought in less what was refunded of it, as a positive number. */
  public long netOfPayment(UUID paymentId) {
    return -sumOfKinds(paymentId, "e.paymentId", List.of(EntryKind.PAYMENT, EntryKind.REFUND));
  }

  public boolean isSettled(UUID paymentId) {
    return em.createQuery(
                "SELECT COUNT(e) FROM LedgerEntry e WHERE e.paymentId = :id AND e.kind = :kind",
                Long.class)
            .setParameter("id", paymentId)
            .setParameter("kind", EntryKind.PAYMENT)
            .getSingleResult()
        > 0;
  }

  /**
   * What is left of a payment on each place it went: an invoice's id, or the empty key for credit.
   * A refund takes from these.
   */
  public Map<Optional<UUID>, Long> remainingOfPayment(UUID paymentId) {
    List<LedgerEntry> entries =
        em.createQuery(
                "SELECT e FROM LedgerEntry e WHERE e.paymentId = :id AND e.kind IN :kinds",
                LedgerEntry.class)
            .setParameter("id", paymentId)
            .setParameter("kinds", List.of(EntryKind.PAYMENT, EntryKind.REFUND))
            .getResultList();
    return entries.stream()
        .collect(
            Collectors.groupingBy(
                LedgerEntry::invoiceId, Collectors.summingLong(e -> -e.amountCents())));
  }

  /**
   * Sent invoices with money still to pay, oldest sent first, each with its totals, in one
   * statement (the biller's list would otherwise cost three per invoice).
   */
  public List<OwedInvoice> listOwedInvoices(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, client_id, currency, sent_at, charged + corrected, paid, number FROM ("
                    + " SELECT i.id, i.client_id, i.currency, i.sent_at, i.number,"
                    + " COALESCE((SELECT SUM(e.amount_cents) FROM invoice_line l JOIN ledger_entry e"
                    + "   ON e.tenant_id = l.tenant_id AND e.id = l.charge_id"
                    + "   WHERE l.tenant_id = i.tenant_id AND l.invoice_id = i.id), 0) AS charged,"
                    + " COALESCE((SELECT SUM(e.amount_cents) FROM ledger_entry e"
                    + "   WHERE e.tenant_id = i.tenant_id AND e.invoice_id = i.id"
                    + "   AND e.kind IN ('ADJUSTMENT', 'WRITE_OFF')), 0) AS corrected,"
                    + " COALESCE((SELECT -SUM(e.amount_cents) FROM ledger_entry e"
                    + "   WHERE e.tenant_id = i.tenant_id AND e.invoice_id = i.id"
                    + "   AND e.kind IN ('PAYMENT', 'REFUND')), 0) AS paid"
                    + " FROM invoice i WHERE i.tenant_id = foyer_current_tenant()"
                    + " AND i.status = 'SENT' ORDER BY i.sent_at, i.id) totals"
                    + " WHERE charged + corrected - paid > 0 ORDER BY sent_at, id LIMIT ?1")
            // Reviewed (ArchitectureTest): read-only, bound to the practice as said above.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new OwedInvoice(
                    (UUID) row[0],
                    (UUID) row[1],
                    (String) row[2],
                    instant(row[3]),
                    ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(),
                    row[6] == null ? null : ((Number) row[6]).intValue()))
        .toList();
  }

  /** A sent invoice with its totals as {@link #listOwedInvoices} reads them. */
  public record OwedInvoice(
      UUID id,
      UUID clientId,
      String currency,
      Instant sentAt,
      long totalCents,
      long paidCents,
      Integer number) {}

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }

  /** The invoices (not void) a charge is on. */
  public List<UUID> listOpenInvoicesOf(UUID chargeId) {
    return em.createQuery(
            "SELECT l.invoiceId FROM InvoiceLine l, Invoice i WHERE l.chargeId = :id"
                + " AND i.id = l.invoiceId AND i.status <> org.foyer.billing.entity.InvoiceStatus.VOID",
            UUID.class)
        .setParameter("id", chargeId)
        .getResultList();
  }

  public List<UUID> listChargeIdsOn(UUID invoiceId) {
    return em.createQuery(
            "SELECT l.chargeId FROM InvoiceLine l WHERE l.invoiceId = :id ORDER BY l.chargeId",
            UUID.class)
        .setParameter("id", invoiceId)
        .getResultList();
  }

  private long sumOfKinds(UUID id, String column, List<EntryKind> kinds) {
    Object sum =
        em.createQuery(
                "SELECT COALESCE(SUM(e.amountCents), 0) FROM LedgerEntry e WHERE "
                    + column
                    + " = :id AND e.kind IN :kinds")
            .setParameter("id", id)
            .setParameter("kinds", kinds)
            .getSingleResult();
    return exact(sum);
  }

  /** PostgreSQL sums bigints as numeric; a sum past a long's range is refused, not wrapped. */
  private long sum(String jpql, UUID id) {
    return exact(em.createQuery(jpql).setParameter("id", id).getSingleResult());
  }

  private static long exact(Object sum) {
    return sum instanceof BigDecimal decimal
        ? decimal.longValueExact()
        : ((Number) sum).longValue();
  }
}
