package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.intake.entity.PdfReady;

/**
 * Files the PDFs acknowledgment produces into the client's General Documents, in the acknowledging
 * transaction (the observer is synchronous): an acknowledged form as an intake form, a completed
 * packet as an intake packet.
 */
@ApplicationScoped
public class DocumentFiling {

  private GeneralDocuments documents;

  protected DocumentFiling() {}

  @Inject
  public DocumentFiling(GeneralDocuments documents) {
    this.documents = documents;
  }

  public void onPdfReady(@Observes PdfReady pdf) {
    documents.fileGenerated(
        pdf.clientId(),
        pdf.packet() ? DocumentKind.INTAKE_PACKET : DocumentKind.INTAKE_FORM,
        pdf.title(),
        pdf.fileName(),
        "application/pdf",
        pdf.content(),
        pdf.actor(),
        pdf.keptFromGuardians());
  }
}
