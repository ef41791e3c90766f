package org.foyer.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A document's sealed bytes, in a table apart from its metadata: weaving is off, so a lazy column
 * would still be read, and a list of documents must never load their content.
 */
@Entity
@Table(name = "general_document_content")
public class DocumentContent extends TenantOwned {

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "sealed", nullable = false, updatable = false)
  private byte[] sealed;

  protected DocumentContent() {}

  public DocumentContent(UUID documentId, byte[] sealed) {
    this.documentId = Objects.requireNonNull(documentId, "document id");
    this.sealed = Objects.requireNonNull(sealed, "sealed content").clone();
  }

  public UUID documentId() {
    return documentId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }
}
