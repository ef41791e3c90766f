package org.foyer.documents.control;

import java.util.UUID;

/**
 * A stored document failed its integrity checks: its content does not open with its key and its own
 * identity, or its plaintext no longer matches the SHA-256 recorded when it was filed. Not a
 * business error the user can fix: it means tampering or corruption and answers as a server error.
 */
public class DocumentUnreadable extends RuntimeException {

  public DocumentUnreadable(UUID documentId, String why) {
    super("Document " + documentId + " is unreadable: " + why);
  }

  /** A sealed record of another feature, named by its sealing context. */
  public DocumentUnreadable(String record, String why) {
    super("Sealed " + record + " is unreadable: " + why);
  }
}
