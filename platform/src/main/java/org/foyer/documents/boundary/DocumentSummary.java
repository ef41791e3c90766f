package org.foyer.documents.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.documents.DocumentKind;

/**
 * A General Document as lists show it: everything but the content.
 *
 * @param confidentialFromGuardians kept from the client's guardians (only staff and the client's
 *     own login see such a document at all)
 */
public record DocumentSummary(
    UUID id,
    UUID clientId,
    DocumentKind kind,
    String title,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant addedAt,
    String addedBy,
    boolean confidentialFromGuardians) {

  /** "840 bytes", "12.5 KB", "3.2 MB": the size as people read it. */
  public String sizeLabel() {
    if (sizeBytes < 1024) {
      return sizeBytes + " bytes";
    }
    if (sizeBytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}
