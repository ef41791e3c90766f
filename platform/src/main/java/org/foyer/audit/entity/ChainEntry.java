package org.foyer.audit.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;

/**
 * An audit row as the verifier reads it: plain column values, not a managed entity, so that walking
 * a long log does not fill the persistence context, and so a tampered value (an action name no enum
 * knows) is reported instead of failing the read.
 */
public record ChainEntry(
    UUID id,
    long seq,
    Instant occurredAt,
    String actor,
    String onBehalfOf,
    String action,
    String subject,
    String outcome,
    String clientAddress,
    String prevHash,
    String hash) {

  /** The JPQL select list whose rows {@link #of(Object[])} reads, in the same order. */
  public static final String SELECT_LIST =
      "e.id, e.seq, e.occurredAt, e.actor, e.onBehalfOf, e.action, e.subject, e.outcome,"
          + " e.clientAddress, e.prevHash, e.hash";

  public static ChainEntry of(Object[] row) {
    return new ChainEntry(
        (UUID) row[0],
        ((Number) row[1]).longValue(),
        (Instant) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        (String) row[10]);
  }

  /**
   * Checks this row as the successor of a row with {@code expectedSeq - 1} and hash {@code
   * prevHashExpected}: first that no number is missing, then the link, then the row's own seal.
   */
  public Optional<BrokenLink> check(TenantId practice, long expectedSeq, String expectedPrevHash) {
    if (seq != expectedSeq) {
      return Optional.of(
          new BrokenLink(
              expectedSeq,
              BrokenLink.Reason.SEQUENCE_GAP,
              "event " + expectedSeq + " is missing; the next event is " + seq));
    }
    if (!expectedPrevHash.equals(prevHash)) {
      return Optional.of(
          new BrokenLink(
              seq,
              BrokenLink.Reason.PREV_HASH_MISMATCH,
              "event "
                  + seq
                  + " links to "
                  + prevHash
                  + " but the event before it hashes to "
                  + expectedPrevHash));
    }
    String recomputed =
        ChainHash.of(
            prevHash,
            practice,
            id,
            seq,
            occurredAt,
            actor,
            onBehalfOf,
            action,
            subject,
            outcome,
            clientAddress);
    if (!recomputed.equals(hash)) {
      return Optional.of(
          new BrokenLink(
              seq,
              BrokenLink.Reason.HASH_MISMATCH,
              "event "
                  + seq
                  + " is stored with hash "
                  + hash
                  + " but its fields hash to "
                  + recomputed));
    }
    return Optional.empty();
  }
}
