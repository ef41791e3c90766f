package org.foyer.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.foyer.audit.AuditRecord;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.documents.DocumentKind;

/**
 * One file in a client's General Documents: what it is, who added it when, its plaintext's size and
 * SHA-256, and the data key its content ({@link DocumentContent}) was sealed with. Documents are
 * records: once filed, nothing about them changes.
 */
@Entity
@Table(name = "general_document")
public class GeneralDocument extends TenantOwned {

  public static final int TITLE_LENGTH = 200;
  public static final int FILE_NAME_LENGTH = 120;
  public static final int CONTENT_TYPE_LENGTH = 64;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = DocumentKind.NAME_LENGTH)
  private DocumentKind kind;

  @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_LENGTH)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false, length = CONTENT_TYPE_LENGTH)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "key_id", nullable = false, updatable = false)
  private UUID keyId;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, updatable = false, length = AuditRecord.ACTOR_LENGTH)
  private String addedBy;

  /** Kept from the client's guardians: only staff and the client's own login see it. */
  @Column(name = "confidential_from_guardians", nullable = false)
  private boolean confidentialFromGuardians;

  protected GeneralDocument() {}

  /**
   * A document about to be sealed. Its id exists from here on, because the sealing binds it; the
   * key is named by {@link #sealedWith} once the content is sealed.
   *
   * @param file checked name, type, size and digest of the plaintext
   */
  public GeneralDocument(
      UUID clientId,
      DocumentKind kind,
      String title,
      CheckedFile file,
      Instant addedAt,
      String by) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = requireText(title, TITLE_LENGTH, "title");
    this.fileName = requireText(file.fileName(), FILE_NAME_LENGTH, "file name");
    this.contentType = requireText(file.contentType(), CONTENT_TYPE_LENGTH, "content type");
    if (file.sizeBytes() < 1) {
      throw new IllegalArgumentException("A document has at least one byte");
    }
    this.sizeBytes = file.sizeBytes();
    this.sha256 = requireDigest(file.sha256());
    this.addedAt = Objects.requireNonNull(addedAt, "time added");
    this.addedBy = requireText(by, AuditRecord.ACTOR_LENGTH, "author");
  }

  /** Names the data key the content was sealed with; once. */
  public void sealedWith(UUID keyId) {
    if (this.keyId != null) {
      throw new IllegalStateException("A document is sealed once");
    }
    this.keyId = Objects.requireNonNull(keyId, "key id");
  }

  private static String requireText(String value, int max, String what) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          "A document's " + what + " is 1 to " + max + " characters");
    }
    return value;
  }

  private static String requireDigest(String sha256) {
    if (sha256 == null || sha256.length() != 64 || !sha256.equals(sha256.toLowerCase())) {
      throw new IllegalArgumentException("A document's SHA-256 is 64 lower-case hex digits");
    }
    HexFormat.of().parseHex(sha256);
    return sha256;
  }

  public UUID clientId() {
    return clientId;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public UUID keyId() {
    return keyId;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public String addedBy() {
    return addedBy;
  }

  /**
   * Keeps the document from the client's guardians, or shows it to them again.
   *
   * @return whether this changed anything
   */
  public boolean keepFromGuardians(boolean confidential) {
    boolean changed = confidentialFromGuardians != confidential;
    confidentialFromGuardians = confidential;
    return changed;
  }

  public boolean confidentialFromGuardians() {
    return confidentialFromGuardians;
  }
}
