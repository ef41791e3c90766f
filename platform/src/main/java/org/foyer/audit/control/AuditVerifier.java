package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditAnchor;
import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainEntry;
import org.foyer.audit.entity.ChainHash;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.tenancy.TenantId;

/**
 * Walks the current practice's audit chain from seq 1 in pages and reports the first broken link.
 * Pages are read by seq (keyset) as plain values, so memory stays flat on a log of any length.
 *
 * <p>Read-only on purpose: the boundary that offers verification (the admin page or endpoint)
 * records who ran it as an {@link AuditAction#AUDIT_VERIFIED} event, with the head hash as subject,
 * in its own unit of work.
 */
@ApplicationScoped
public class AuditVerifier {

  static final int DEFAULT_PAGE_SIZE = 1000;

  private EntityManager entityManager;
  private int pageSize;

  /** For CDI's client proxy only. */
  protected AuditVerifier() {}

  @Inject
  public AuditVerifier(EntityManager entityManager) {
    this(entityManager, DEFAULT_PAGE_SIZE);
  }

  AuditVerifier(EntityManager entityManager, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be positive, was " + pageSize);
    }
    this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    this.pageSize = pageSize;
  }

  /** Checks every link of the current practice's chain, stopping at the first broken one. */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    return walk(null);
  }

  /**
   * Checks every link and, beyond what links can show, that the chain still holds the head an
   * earlier anchor signed: rows rewritten from some event to the end, or cut off the end, verify as
   * links but no longer contain that head. The anchor's signature is checked by the caller.
   */
  @Transactional(readOnly = true)
  public ChainVerification verify(AuditAnchor anchor) {
    ChainVerification links = walk(anchor);
    if (!links.isIntact() || links.intactEvents() >= anchor.events()) {
      return links;
    }
    return ChainVerification.broken(
        links.intactEvents(),
        links.headHash(),
        new BrokenLink(
            links.intactEvents() + 1,
            BrokenLink.Reason.TRUNCATED,
            "the log ends after event "
                + links.intactEvents()
                + "; the anchor of "
                + anchor.anchoredAt()
                + " vouched for "
                + anchor.events()
                + " events"));
  }

  private ChainVerification walk(AuditAnchor anchor) {
    TenantId practice = AuditLog.practiceOf(entityManager);
    long checked = 0;
    String headHash = ChainHash.GENESIS;
    List<ChainEntry> page;
    do {
      page = pageAfter(checked);
      for (ChainEntry entry : page) {
        Optional<BrokenLink> broken = entry.check(practice, checked + 1, headHash);
        if (broken.isPresent()) {
          return ChainVerification.broken(checked, headHash, broken.get());
        }
        checked++;
        headHash = entry.hash();
        if (anchor != null && checked == anchor.events() && !headHash.equals(anchor.headHash())) {
          return ChainVerification.broken(
              checked - 1,
              entry.prevHash(),
              new BrokenLink(
                  checked,
                  BrokenLink.Reason.REWRITTEN,
                  "event "
                      + checked
                      + " has hash "
                      + headHash
                      + " but the anchor of "
                      + anchor.anchoredAt()
                      + " signed "
                      + anchor.headHash()));
        }
      }
    } while (page.size() == pageSize);
    return ChainVerification.intact(checked, headHash);
  }

  private List<ChainEntry> pageAfter(long seq) {
    return entityManager
        .createQuery(
            "SELECT "
                + ChainEntry.SELECT_LIST
                + " FROM AuditEvent e WHERE e.seq > :after"
                + " ORDER BY e.seq",
            Object[].class)
        .setParameter("after", seq)
        .setMaxResults(pageSize)
        .getResultList()
        .stream()
        .map(ChainEntry::of)
        .toList();
  }
}
