package org.foyer.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * One line of a client's ledger, in minor units of the practice's currency. Entries are only ever
 * added (the application's database role may not update or delete them): a mistake is corrected by
 * another entry, and every balance is a sum over them. The amount is the entry's effect on what the
 * client owes.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends TenantOwned {

  public static final int DESCRIPTION_LENGTH = 200;

  /** The largest single entry, a guard against a slipped finger: one million in major units. */
  public static final long LARGEST_CENTS = 100_000_000L;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private EntryKind kind;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  @Column(nullable = false, length = DESCRIPTION_LENGTH, updatable = false)
  private String description;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "appointment_id", updatable = false)
  private UUID appointmentId;

  /** The session's CPT code, for a charge of an attended appointment whose service has one. */
  @Column(name = "service_code", length = 5, updatable = false)
  private String serviceCode;

  @Column(name = "service_at", updatable = false)
  private Instant serviceAt;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "clinician_id", updatable = false)
  private UUID clinicianId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "invoice_id", updatable = false)
  private UUID invoiceId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "payment_id", updatable = false)
  private UUID paymentId;

  @Column(name = "processor_ref", length = 200, updatable = false)
  private String processorRef;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 320, updatable = false)
  private String recordedBy;

  /** Written by the database, in the order entries arrive; read only to order a ledger. */
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  protected LedgerEntry() {}

  private LedgerEntry(
      UUID clientId,
      EntryKind kind,
      long amountCents,
      String currency,
      String description,
      String recordedBy,
      Instant recordedAt) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.amountCents = amountCents;
    this.currency = Objects.requireNonNull(currency, "currency");
    this.description = checkedDescription(description);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recorded at");
  }

  /**
   * A charge for an appointment's outcome, or a line staff entered ({@code appointmentId} null).
   */
  public static LedgerEntry charge(
      UUID clientId,
      long cents,
      String currency,
      String description,
      UUID appointmentId,
      String by,
      Instant at) {
    LedgerEntry entry =
        new LedgerEntry(
            clientId,
            EntryKind.CHARGE,
            positive("amountCents", cents),
            currency,
            description,
            by,
            at);
    entry.appointmentId = appointmentId;
    return entry;
  }

  /**
   * A charge for an attended session: what a superbill prints of it (its CPT code, when it was, the
   * clinician) is kept with it.
   */
  public static LedgerEntry sessionCharge(
      UUID clientId,
      long cents,
      String currency,
      String description,
      UUID appointmentId,
      String serviceCode,
      Instant serviceAt,
      UUID clinicianId,
      String by,
      Instant at) {
    LedgerEntry entry = charge(clientId, cents, currency, description, appointmentId, by, at);
    entry.serviceCode = serviceCode;
    entry.serviceAt = serviceAt;
    entry.clinicianId = clinicianId;
    return entry;
  }

  public Optional<String> serviceCode() {
    return Optional.ofNullable(serviceCode);
  }

  public Optional<Instant> serviceAt() {
    return Optional.ofNullable(serviceAt);
  }

  public Optional<UUID> clinicianId() {
    return Optional.ofNullable(clinicianId);
  }

  /** Part (or all) of a succeeded payment, applied to one invoice or, without one, as credit. */
  public static LedgerEntry payment(
      UUID clientId,
      long cents,
      String currency,
      UUID paymentId,
      UUID invoiceId,
      String processorRef,
      String description,
      String by,
      Instant at) {
    LedgerEntry entry =
        new LedgerEntry(
            clientId,
            EntryKind.PAYMENT,
            -positive("amountCents", cents),
            currency,
            description,
            by,
            at);
    return entry.ofPayment(paymentId, invoiceId, processorRef);
  }

  /** Money returned from a payment; what the client owes grows back by it. */
  public static LedgerEntry refund(
      UUID clientId,
      long cents,
      String currency,
      UUID paymentId,
      UUID invoiceId,
      String processorRef,
      String description,
      String by,
      Instant at) {
    LedgerEntry entry =
        new LedgerEntry(
            clientId,
            EntryKind.REFUND,
            positive("amountCents", cents),
            currency,
            description,
            by,
            at);
    return entry.ofPayment(paymentId, invoiceId, processorRef);
  }

  /** Money that moved through a payment names it, and the processor's reference when it has one. */
  private LedgerEntry ofPayment(UUID paymentId, UUID invoiceId, String processorRef) {
    this.paymentId = Objects.requireNonNull(paymentId, "payment");
    this.invoiceId = invoiceId;
    this.processorRef = processorRef;
    return this;
  }

  /**
   * A correction staff post by hand: an adjustment, typed as the change it makes either way, or a
   * write-off, an amount the practice stops collecting. Either may name the invoice it corrects.
   */
  public static LedgerEntry correction(
      EntryKind kind,
      UUID clientId,
      long cents,
      String currency,
      UUID invoiceId,
      String why,
      String by,
      Instant at) {
    long signed =
        switch (kind) {
          case ADJUSTMENT -> {
            if (cents == 0) {
              throw invalid("amountCents", "An adjustment needs an amount other than zero");
            }
            positive("amountCents", Math.abs(cents));
            yield cents;
          }
          case WRITE_OFF -> -positive("amountCents", cents);
          default -> throw new IllegalArgumentException(kind + " is not a correction");
        };
    LedgerEntry entry = new LedgerEntry(clientId, kind, signed, currency, why, by, at);
    entry.invoiceId = invoiceId;
    return entry;
  }

  private static long positive(String field, long cents) {
    if (cents <= 0 || cents > LARGEST_CENTS) {
      throw invalid(field, "An amount is more than zero and at most 1,000,000.00");
    }
    return cents;
  }

  private static String checkedDescription(String description) {
    if (description == null || description.isBlank()) {
      throw invalid("description", "Describe the entry");
    }
    String clean = description.strip();
    if (clean.length() > DESCRIPTION_LENGTH) {
      throw invalid(
          "description", "A description is at most " + DESCRIPTION_LENGTH + " characters");
    }
    return clean;
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }

  public UUID clientId() {
    return clientId;
  }

  public EntryKind kind() {
    return kind;
  }

  public long amountCents() {
    return amountCents;
  }

  public String currency() {
    return currency;
  }

  public String description() {
    return description;
  }

  public Optional<UUID> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  public Optional<UUID> invoiceId() {
    return Optional.ofNullable(invoiceId);
  }

  public Optional<UUID> paymentId() {
    return Optional.ofNullable(paymentId);
  }

  public Optional<String> processorRef() {
    return Optional.ofNullable(processorRef);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
