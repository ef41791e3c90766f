package org.foyer.portal.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.Transactional;

/**
 * The consent to electronic records and signatures: which version is current, whether a portal
 * login still owes its acceptance, and recording acceptance or refusal (both audited). A login that
 * accepted an older version owes the current one before it may use the portal.
 */
@ApplicationScoped
public class ElectronicConsent {

  private EntityManager em;
  private AuditLog audit;
  private ConsentTexts texts;
  private Clock clock;

  protected ElectronicConsent() {}

  @Inject
  public ElectronicConsent(EntityManager em, AuditLog audit, Clock clock) {
    this(em, audit, ConsentTexts.shipped(), clock);
  }

  public ElectronicConsent(EntityManager em, AuditLog audit, ConsentTexts texts, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.texts = texts;
    this.clock = clock;
  }

  /** The current text in the language asked for, or in English. */
  public ConsentText current(String language) {
    return texts.current(language);
  }

  /** The version in force; read from the shipped texts, so it needs no transaction. */
  public int currentVersion() {
    return texts.currentVersion();
  }

  /** Whether the login has not yet accepted the current version. */
  @Transactional(readOnly = true)
  public boolean isOwed(UUID portalAccountId) {
    Integer accepted =
        em.createQuery(
                "SELECT MAX(c.consentVersion) FROM ConsentAcceptance c"
                    + " WHERE c.portalAccountId = :account",
                Integer.class)
            .setParameter("account", portalAccountId)
            .getSingleResult();
    return accepted == null || accepted < texts.currentVersion();
  }

  /** Whether the login accepted some version before, so a page can say the text has changed. */
  @Transactional(readOnly = true)
  public boolean hasAcceptedBefore(UUID portalAccountId) {
    return em.createQuery(
                "SELECT COUNT(c) FROM ConsentAcceptance c WHERE c.portalAccountId = :account",
                Long.class)
            .setParameter("account", portalAccountId)
            .getSingleResult()
        > 0;
  }

  /**
   * Whether any of these logins accepted some version, so that a form asking for the same consent
   * need not be sent to those acting for a client again.
   */
  @Transactional(readOnly = true)
  public boolean anyAccepted(Collection<UUID> portalAccountIds) {
    return !portalAccountIds.isEmpty()
        && em.createQuery(
                    "SELECT COUNT(c) FROM ConsentAcceptance c WHERE c.portalAccountId IN :accounts",
                    Long.class)
                .setParameter("accounts", List.copyOf(portalAccountIds))
                .getSingleResult()
            > 0;
  }

  /**
   * Records that the login accepted the version it was shown.
   *
   * @param actor the login's email, for the audit log
   * @throws InvalidInput when the version shown is no longer the current one
   */
  @Transactional
  public ConsentAcceptance accept(UUID portalAccountId, String actor, ConsentGiven given) {
    if (given.version() != texts.currentVersion()) {
      throw new InvalidInput(
          "The consent text was updated while you were reading it",
          Map.of("consent", "Please read the updated consent and accept it again."));
    }
    ConsentText text = texts.text(given.version(), given.language()).orElseThrow();
    ConsentAcceptance acceptance =
        new ConsentAcceptance(
            portalAccountId, text, clock.instant(), given.address(), given.userAgent());
    em.persist(acceptance);
    audit.record(
        AuditRecord.success(actor, AuditAction.CONSENT_ACCEPTED)
            .about(
                "portal account "
                    + portalAccountId
                    + " consent v"
                    + text.version()
                    + " "
                    + text.language()
                    + " sha256 "
                    + text.sha256())
            .from(given.address()));
    return acceptance;
  }

  /** Records that the login declined the current version; the page then signs it out. */
  @Transactional
  public void refuse(UUID portalAccountId, String actor, String address) {
    audit.record(
        AuditRecord.success(actor, AuditAction.CONSENT_REFUSED)
            .about("portal account " + portalAccountId + " consent v" + texts.currentVersion())
            .from(address));
  }
}
