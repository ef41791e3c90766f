package org.foyer.intake.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * Fired inside the acknowledging transaction with a PDF to file in the client's General Documents:
 * one acknowledged form, or (when {@code packet}) the whole packet once its last form is
 * acknowledged. Observers join the transaction, so the filing commits or rolls back with it. A PDF
 * holding a form kept from guardians is filed kept from them too ({@code keptFromGuardians}).
 */
public record PdfReady(
    UUID clientId,
    boolean packet,
    String title,
    String fileName,
    byte[] content,
    String actor,
    boolean keptFromGuardians) {

  public PdfReady {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(content, "content");
  }

  /** A PDF of nothing kept from the client's guardians. */
  public PdfReady(
      UUID clientId, boolean packet, String title, String fileName, byte[] content, String actor) {
    this(clientId, packet, title, fileName, content, actor, false);
  }
}
