package org.foyer.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.documents.entity.GeneralDocument;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * Staff keep one of a minor's General Documents from the client's guardians, or show it to them
 * again; the rules are {@link GuardianPrivacy}'s. Needs {@link
 * Capability#UPLOAD_GENERAL_DOCUMENTS}, the capability that decides what a client's documents are.
 */
@ApplicationScoped
public class DocumentConfidentiality {

  private EntityManager em;
  private AuditLog audit;
  private GuardianPrivacy privacy;

  protected DocumentConfidentiality() {}

  @Inject
  public DocumentConfidentiality(EntityManager em, AuditLog audit, GuardianPrivacy privacy) {
    this.em = em;
    this.audit = audit;
    this.privacy = privacy;
  }

  /** Marks or unmarks the document, under {@link GuardianPrivacy#keepFromGuardians}'s rule. */
  @Transactional
  public DocumentSummary keepFromGuardians(
      Caller caller, UUID clientId, UUID documentId, boolean confidential) {
    caller.require(Capability.UPLOAD_GENERAL_DOCUMENTS, "That client");
    GeneralDocument document =
        documentId == null ? null : em.find(GeneralDocument.class, documentId);
    if (document == null || !document.clientId().equals(clientId)) {
      throw new NotFound("That document");
    }
    privacy.keepFromGuardians(
        caller,
        audit,
        clientId,
        "document " + documentId,
        confidential,
        document::keepFromGuardians);
    return GeneralDocuments.summaryOf(document);
  }
}
