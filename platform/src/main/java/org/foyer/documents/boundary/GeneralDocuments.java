package org.foyer.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.documents.control.DocumentUnreadable;
import org.foyer.documents.control.DocumentVault;
import org.foyer.documents.entity.CheckedFile;
import org.foyer.documents.entity.DocumentContent;
import org.foyer.documents.entity.GeneralDocument;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * A client's General Documents: filed by the system (acknowledged intake forms and packets),
 * uploaded by staff, listed and downloaded by staff and by the client or a contact acting for them.
 * Content is sealed with the practice's data key and checked against its SHA-256 on every download;
 * every filing, upload and download is audited in the same transaction, with a subject beginning
 * {@code client <id>}.
 */
@ApplicationScoped
public class GeneralDocuments {

  private static final String CLIENT = "That client";
  private static final String DOCUMENT = "That document";

  private EntityManager em;
  private AuditLog audit;
  private DocumentVault vault;
  private ClientRecords clients;
  private ContactNetwork network;
  private Clock clock;

  protected GeneralDocuments() {}

  @Inject
  public GeneralDocuments(
      EntityManager em,
      AuditLog audit,
      DocumentVault vault,
      ClientRecords clients,
      ContactNetwork network,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.vault = vault;
    this.clients = clients;
    this.network = network;
    this.clock = clock;
  }

  /**
   * Files a document the system produced (an acknowledged intake form's PDF, a whole packet) for
   * staff the calling service has already authorised; joins the caller's transaction.
   *
   * @param contentType the type the producer made; the content must show it
   * @param actor who the filing is attributed to in the audit log (the acknowledging staff)
   * @throws NotFound when the client is not one of the practice's
   * @throws InvalidInput when the file breaks the document rules (type, size)
   */
  @Transactional
  public DocumentSummary fileGenerated(
      UUID clientId,
      DocumentKind kind,
      String title,
      String fileName,
      String contentType,
      byte[] content,
      String actor) {
    return fileGenerated(clientId, kind, title, fileName, contentType, content, actor, false);
  }

  /**
   * Files a document the system produced, as above.
   *
   * @param keptFromGuardians the document holds an item kept from the client's guardians (a form
   *     staff marked), so it is filed kept from them too
   */
  @Transactional
  public DocumentSummary fileGenerated(
      UUID clientId,
      DocumentKind kind,
      String title,
      String fileName,
      String contentType,
      byte[] content,
      String actor,
      boolean keptFromGuardians) {
    requireClient(clientId);
    CheckedFile file = DocumentFiles.check(fileName, content, contentType);
    GeneralDocument document = store(clientId, kind, title, file, content, actor);
    document.keepFromGuardians(keptFromGuardians);
    audit.record(
        AuditRecord.success(actor, AuditAction.DOCUMENT_FILED).about(subject(document, "filed")));
    return summaryOf(document);
  }

  /**
   * Adds a file staff chose (a letter, a scanned paper form) to the client's documents. Needs
   * {@link Capability#UPLOAD_GENERAL_DOCUMENTS}.
   *
   * @param title what staff call it; the file's name when blank
   */
  @Transactional
  public DocumentSummary upload(
      Caller caller,
      UUID clientId,
      DocumentKind kind,
      String title,
      String fileName,
      byte[] content) {
    caller.require(Capability.UPLOAD_GENERAL_DOCUMENTS, CLIENT);
    requireClient(clientId);
    if (kind == null || !kind.isUploadable()) {
      throw new InvalidInput(
          "Choose what the file is", Map.of("kind", "Choose Uploaded or Scanned form"));
    }
    CheckedFile file = DocumentFiles.check(fileName, content);
    GeneralDocument document = store(clientId, kind, title, file, content, caller.email());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.DOCUMENT_UPLOADED)
            .about(subject(document, "uploaded")));
    return summaryOf(document);
  }

  /**
   * Keeps a file the client, or a contact acting for them, attached to a form's answer (a photo of
   * their insurance card): checked like every document, sealed, and audited on behalf of the
   * client. Joins the calling service's transaction.
   *
   * @throws NotFound when the caller may not act for the client
   * @throws InvalidInput when the file breaks the document rules (type, size)
   */
  @Transactional
  public DocumentSummary attachForClient(
      Caller caller, UUID clientId, String title, String fileName, byte[] content) {
    // Attaching a file to a form's answer is part of completing the form.
    return keepForClient(
        caller,
        clientId,
        DocumentKind.FORM_ATTACHMENT,
        ContactPermission.FORMS,
        "attached to a form",
        title,
        fileName,
        content);
  }

  /**
   * Keeps a photo of the client's insurance card, sent by the client, a contact whose link permits
   * billing, or staff: checked, sealed and audited like every document. Joins the calling service's
   * transaction.
   *
   * @throws NotFound when the caller may not act for the client
   * @throws InvalidInput when the file breaks the document rules (type, size)
   */
  @Transactional
  public DocumentSummary keepInsuranceCard(
      Caller caller, UUID clientId, String title, String fileName, byte[] content) {
    if (caller.isStaff()) {
      requireClient(clientId);
      CheckedFile file = DocumentFiles.check(fileName, content);
      GeneralDocument document =
          store(clientId, DocumentKind.INSURANCE_CARD, title, file, content, caller.email());
      audit.record(
          AuditRecord.success(caller.email(), AuditAction.DOCUMENT_UPLOADED)
              .about(subject(document, "uploaded as an insurance card")));
      return summaryOf(document);
    }
    return keepForClient(
        caller,
        clientId,
        DocumentKind.INSURANCE_CARD,
        ContactPermission.BILLING,
        "sent with insurance details",
        title,
        fileName,
        content);
  }

  private DocumentSummary keepForClient(
      Caller caller,
      UUID clientId,
      DocumentKind kind,
      ContactPermission needed,
      String auditWords,
      String title,
      String fileName,
      byte[] content) {
    if (caller.kind() != Caller.Kind.PORTAL) {
      throw new NotFound(CLIENT);
    }
    requireAccess(caller, clientId, needed);
    CheckedFile file = DocumentFiles.check(fileName, content);
    GeneralDocument document = store(clientId, kind, title, file, content, caller.email());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.DOCUMENT_UPLOADED)
            .onBehalfOf("client " + clientId)
            .about(subject(document, auditWords)));
    return summaryOf(document);
  }

  /**
   * One of the client's documents without its content; another client's is not found. A form's
   * answer refers to files attached to it this way, so a link that may complete forms may look them
   * up.
   */
  @Transactional(readOnly = true)
  public Optional<DocumentSummary> findSummary(Caller caller, UUID clientId, UUID documentId) {
    boolean seesConfidential = requireAccess(caller, clientId, ContactPermission.FORMS);
    GeneralDocument document =
        documentId == null ? null : em.find(GeneralDocument.class, documentId);
    return document == null
            || !document.clientId().equals(clientId)
            || (document.confidentialFromGuardians() && !seesConfidential)
        ? Optional.empty()
        : Optional.of(summaryOf(document));
  }

  /** The client's documents, newest first, without their content. */
  @Transactional(readOnly = true)
  public List<DocumentSummary> listDocuments(Caller caller, UUID clientId) {
    boolean seesConfidential = requireAccess(caller, clientId);
    return em.createQuery(
            "SELECT d FROM GeneralDocument d WHERE d.clientId = :client"
                + (seesConfidential ? "" : " AND d.confidentialFromGuardians = FALSE")
                + " ORDER BY d.addedAt DESC, d.id",
            GeneralDocument.class)
        .setParameter("client", clientId)
        .getResultStream()
        .map(GeneralDocuments::summaryOf)
        .toList();
  }

  /**
   * Opens a document: decrypted, checked against its recorded SHA-256, and the download audited
   * (for a portal caller, on behalf of the client).
   *
   * @throws DocumentUnreadable when the stored content was altered or does not belong here
   */
  @Transactional
  public DocumentDownload download(Caller caller, UUID clientId, UUID documentId) {
    boolean seesConfidential = requireAccess(caller, clientId);
    GeneralDocument document = findDocument(clientId, documentId, seesConfidential);
    byte[] plaintext =
        vault.open(practice(), document.keyId(), clientId, document.id(), sealed(document));
    if (!DocumentFiles.sha256(plaintext).equals(document.sha256())) {
      throw new DocumentUnreadable(document.id(), "its content does not match its SHA-256");
    }
    AuditRecord record =
        AuditRecord.success(caller.email(), AuditAction.DOCUMENT_DOWNLOADED)
            .about(subject(document, "downloaded"));
    audit.record(caller.isStaff() ? record : record.onBehalfOf("client " + clientId));
    return new DocumentDownload(summaryOf(document), plaintext);
  }

  /**
   * The file names of those of the client's documents the caller may see, by id, for pages that
   * mention documents (the client's activity view). Unknown ids are left out.
   */
  @Transactional(readOnly = true)
  public Map<UUID, String> fileNames(Caller caller, UUID clientId, Collection<UUID> documentIds) {
    if (caller.kind() == Caller.Kind.PORTAL
        && !network.permits(caller, clientId, ContactPermission.DOCUMENTS)) {
      // A link without documents learns no document's name; the activity still shows it happened.
      return Map.of();
    }
    boolean seesConfidential = requireAccess(caller, clientId);
    if (documentIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT d FROM GeneralDocument d WHERE d.clientId = :client AND d.id IN :ids",
            GeneralDocument.class)
        .setParameter("client", clientId)
        .setParameter("ids", List.copyOf(documentIds))
        .getResultStream()
        .filter(d -> seesConfidential || !d.confidentialFromGuardians())
        .collect(Collectors.toMap(GeneralDocument::id, GeneralDocument::fileName));
  }

  /**
   * Those of the given documents that are kept from this caller because it acts for the client as a
   * contact ({@link GuardianPrivacy}), so that pages mentioning documents leave them out entirely.
   */
  @Transactional(readOnly = true)
  public Set<UUID> keptFrom(Caller caller, UUID clientId, Collection<UUID> documentIds) {
    if (caller.isStaff()
        || documentIds.isEmpty()
        || GuardianPrivacy.seesConfidential(caller, network.getProfile(caller, clientId))) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT d.id FROM GeneralDocument d WHERE d.clientId = :client AND d.id IN :ids"
                    + " AND d.confidentialFromGuardians = TRUE",
                UUID.class)
            .setParameter("client", clientId)
            .setParameter("ids", List.copyOf(documentIds))
            .getResultList());
  }

  private GeneralDocument store(
      UUID clientId,
      DocumentKind kind,
      String title,
      CheckedFile file,
      byte[] content,
      String actor) {
    GeneralDocument document =
        new GeneralDocument(clientId, kind, titleOf(title, file), file, clock.instant(), actor);
    DocumentVault.Sealed sealed = vault.seal(practice(), clientId, document.id(), content);
    document.sealedWith(sealed.keyId());
    em.persist(document);
    // No mapped relation orders the inserts: the content's foreign key needs the document first.
    em.flush();
    em.persist(new DocumentContent(document.id(), sealed.bytes()));
    em.flush();
    return document;
  }

  private byte[] sealed(GeneralDocument document) {
    return em.createQuery(
            "SELECT c FROM DocumentContent c WHERE c.documentId = :document", DocumentContent.class)
        .setParameter("document", document.id())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new DocumentUnreadable(document.id(), "its content is missing"))
        .sealed();
  }

  /**
   * Another client's document, and one kept from the caller's guardian link, are as missing as one
   * that does not exist.
   */
  private GeneralDocument findDocument(UUID clientId, UUID documentId, boolean seesConfidential) {
    GeneralDocument document =
        documentId == null ? null : em.find(GeneralDocument.class, documentId);
    if (document == null
        || !document.clientId().equals(clientId)
        || (document.confidentialFromGuardians() && !seesConfidential)) {
      throw new NotFound(DOCUMENT);
    }
    return document;
  }

  /** Staff of the practice, or a portal login whose link to this client permits documents. */
  private boolean requireAccess(Caller caller, UUID clientId) {
    return requireAccess(caller, clientId, ContactPermission.DOCUMENTS);
  }

  /**
   * Staff of the practice, or a portal login whose link to this client stands and permits this; a
   * link without it meets {@link NotFound}, as a document that does not exist.
   *
   * @return whether the caller may see documents kept from guardians ({@link GuardianPrivacy})
   */
  private boolean requireAccess(Caller caller, UUID clientId, ContactPermission needed) {
    if (caller.isStaff()) {
      requireClient(clientId);
      return true;
    } else if (caller.kind() == Caller.Kind.PORTAL && clientId != null) {
      return GuardianPrivacy.seesConfidential(caller, network.getProfile(caller, clientId, needed));
    } else {
      throw new NotFound(CLIENT);
    }
  }

  private void requireClient(UUID clientId) {
    if (clients.findIdentity(clientId).isEmpty()) {
      throw new NotFound(CLIENT);
    }
  }

  private static String titleOf(String title, CheckedFile file) {
    String clean = title == null ? "" : title.replaceAll("\\p{Cc}|\\p{Cf}", "").strip();
    if (clean.isEmpty()) {
      String name = file.fileName();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
    if (clean.length() > GeneralDocument.TITLE_LENGTH) {
      throw new InvalidInput(
          "The title is too long",
          Map.of("title", "A title has at most " + GeneralDocument.TITLE_LENGTH + " characters"));
    }
    return clean;
  }

  private static String subject(GeneralDocument document, String what) {
    return "client " + document.clientId() + " document " + document.id() + " " + what;
  }

  private static TenantId practice() {
    return Tenancy.require();
  }

  static DocumentSummary summaryOf(GeneralDocument document) {
    return new DocumentSummary(
        document.id(),
        document.clientId(),
        document.kind(),
        document.title(),
        document.fileName(),
        document.contentType(),
        document.sizeBytes(),
        document.sha256(),
        document.addedAt(),
        document.addedBy(),
        document.confidentialFromGuardians());
  }
}
