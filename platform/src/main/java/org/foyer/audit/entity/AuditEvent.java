package org.foyer.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.tenancy.TenantId;

/**
 * One entry of a practice's audit log, linked to the entry before it by {@link #prevHash()} and
 * sealed by {@link #hash()} (see {@link ChainHash} for what is hashed).
 *
 * <p>Immutable: no setters and no state changes, and the database refuses UPDATE and DELETE on the
 * table for every role. The time is cut to microseconds, PostgreSQL's precision, before hashing, so
 * the row read back hashes exactly as the row written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = AuditRecord.ACTOR_LENGTH)
  private String actor;

  @Column(name = "on_behalf_of", updatable = false, length = AuditRecord.ON_BEHALF_OF_LENGTH)
  private String onBehalfOf;

  /**
   * Stored as the name rather than mapped as an enum: the verifier must be able to read (and
   * report) a row whatever was written into it, and an instance running older code must still read
   * actions added later.
   */
  @Column(name = "action", nullable = false, updatable = false, length = AuditAction.NAME_LENGTH)
  private String action;

  @Column(name = "subject", updatable = false, length = AuditRecord.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private String outcome;

  @Column(name = "client_address", updatable = false, length = AuditRecord.ADDRESS_LENGTH)
  private String clientAddress;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(name = "hash", nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  private AuditEvent(
      TenantId practice, long seq, String prevHash, Instant occurredAt, AuditRecord record) {
    this.seq = seq;
    this.prevHash = prevHash;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = record.actor();
    this.onBehalfOf = record.onBehalfOf();
    this.action = record.action().name();
    this.subject = record.subject();
    this.outcome = record.outcome().name();
    this.clientAddress = record.address();
    this.hash =
        ChainHash.of(
            prevHash,
            practice,
            id(),
            seq,
            this.occurredAt,
            actor,
            onBehalfOf,
            action,
            subject,
            outcome,
            clientAddress);
  }

  /** The first event of a practice's log: seq 1, linked to {@link ChainHash#GENESIS}. */
  public static AuditEvent first(TenantId practice, Instant occurredAt, AuditRecord record) {
    return create(practice, 1, ChainHash.GENESIS, occurredAt, record);
  }

  /** The event following {@code previous} in the same practice's log. */
  public static AuditEvent after(
      AuditEvent previous, TenantId practice, Instant occurredAt, AuditRecord record) {
    Objects.requireNonNull(previous, "previous event");
    return create(practice, previous.seq + 1, previous.hash, occurredAt, record);
  }

  static AuditEvent create(
      TenantId practice, long seq, String prevHash, Instant occurredAt, AuditRecord record) {
    Objects.requireNonNull(practice, "An audit event needs a practice");
    Objects.requireNonNull(occurredAt, "An audit event needs a time");
    Objects.requireNonNull(record, "An audit event needs a record");
    if (seq < 1) {
      throw new IllegalArgumentException("An audit event's seq starts at 1, was " + seq);
    }
    if (prevHash == null || !HASH.matcher(prevHash).matches()) {
      throw new IllegalArgumentException(
          "An audit event links to 64 lower-case hex digits, not '" + prevHash + "'");
    }
    return new AuditEvent(practice, seq, prevHash, occurredAt, record);
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String onBehalfOf() {
    return onBehalfOf;
  }

  public AuditAction action() {
    return AuditAction.valueOf(action);
  }

  public String subject() {
    return subject;
  }

  public AuditOutcome outcome() {
    return AuditOutcome.valueOf(outcome);
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }

  /** This event as the client's trail tells it; chain hashes and addresses stay here. */
  public ActivityEvent asActivity() {
    Optional<AuditAction> known;
    try {
      known = Optional.of(action());
    } catch (IllegalArgumentException newerThanThisCode) {
      known = Optional.empty();
    }
    return new ActivityEvent(seq(), occurredAt(), actor(), onBehalfOf(), known, subject());
  }
}
