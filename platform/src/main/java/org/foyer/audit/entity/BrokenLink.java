package org.foyer.audit.entity;

import java.util.Objects;

/**
 * The first place where a practice's audit chain does not hold.
 *
 * @param seq the sequence number at which the chain breaks: the row that fails its check, or the
 *     number that is missing
 * @param reason what is wrong there
 * @param detail a sentence for the administrator, naming the values that disagree
 */
public record BrokenLink(long seq, Reason reason, String detail) {

  /** Why a link is broken. */
  public enum Reason {
    /** The row's fields no longer hash to its stored hash: it was edited. */
    HASH_MISMATCH,
    /**
     * The row does not point at the hash of the row before it: that row was edited and re-hashed,
     * or rows were swapped or inserted.
     */
    PREV_HASH_MISMATCH,
    /** The next sequence number is missing: a row was deleted (or renumbered). */
    SEQUENCE_GAP,
    /** The chain is shorter than an earlier signed anchor vouched for: its end was cut off. */
    TRUNCATED,
    /** The event an earlier anchor signed has another hash now: rows were rewritten since. */
    REWRITTEN,
    /** The anchor's signature does not match: the anchor file itself was changed. */
    ANCHOR_FORGED
  }

  public BrokenLink {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
