package org.foyer.audit.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of walking a practice's audit chain.
 *
 * <p>An intact chain proves that no row before {@link #headHash()} was edited, removed or reordered
 * since it was written. Links alone cannot show rows cut off the end, nor a chain rebuilt from some
 * row to the end by someone holding the database owner's rights: verified against a signed {@link
 * AuditAnchor} kept outside the database, a chain shows both.
 *
 * @param intactEvents how many events, from seq 1, were checked and found linked
 * @param headHash the hash of the last intact event ({@link ChainHash#GENESIS} for none)
 * @param brokenLink the first broken link, or null when the chain is intact
 */
public record ChainVerification(long intactEvents, String headHash, BrokenLink brokenLink) {

  public ChainVerification {
    Objects.requireNonNull(headHash, "head hash");
  }

  public static ChainVerification intact(long events, String headHash) {
    return new ChainVerification(events, headHash, null);
  }

  public static ChainVerification broken(long intactEvents, String headHash, BrokenLink link) {
    return new ChainVerification(intactEvents, headHash, Objects.requireNonNull(link, "link"));
  }

  public boolean isIntact() {
    return brokenLink == null;
  }

  public Optional<BrokenLink> findBrokenLink() {
    return Optional.ofNullable(brokenLink);
  }
}
