package org.foyer.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.EditClient;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.documents.entity.GeneralDocument;

/**
 * The General Documents section of the staff client page: the list with download links and, for
 * staff who may upload, the upload form. Outcomes are shown in the section itself, apart from the
 * record form's messages.
 */
@Named
@RequestScoped
public class ClientDocuments {

  @Inject GeneralDocuments documents;
  @Inject DocumentConfidentiality confidentiality;
  @Inject Caller caller;
  @Inject EditClient page;
  @Inject CurrentPractice practice;
  @Inject HttpServletRequest request;

  private List<DocumentSummary> list;
  private Part file;
  private DocumentKind kind = DocumentKind.UPLOADED;
  private String title;
  private String notice;
  private final List<String> problems = new ArrayList<>();

  /** Shown for an existing record only: a new client has no documents yet. */
  public boolean isShown() {
    return clientId().isPresent();
  }

  public List<DocumentSummary> getDocuments() {
    if (list == null) {
      list = clientId().map(id -> documents.listDocuments(caller, id)).orElse(List.of());
    }
    return list;
  }

  public boolean isCanUpload() {
    return caller.can(Capability.UPLOAD_GENERAL_DOCUMENTS);
  }

  public void upload() {
    try {
      UUID clientId = clientId().orElseThrow(() -> new InvalidInput("Save the record first"));
      DocumentSummary added =
          documents.upload(
              caller,
              clientId,
              kind,
              title,
              file == null ? null : file.getSubmittedFileName(),
              read(file));
      notice = "Added \"" + added.title() + "\" (" + added.fileName() + ").";
      title = null;
      list = null;
    } catch (InvalidInput invalid) {
      problems.add(invalid.getMessage());
      invalid.fieldErrors().values().stream()
          .filter(message -> !message.equals(invalid.getMessage()))
          .forEach(problems::add);
    } catch (BusinessException refused) {
      problems.add(refused.getMessage());
    }
  }

  /** Keeps a document from the client's guardians, or shows it to them again. */
  public void keepFromGuardians(UUID documentId, boolean confidential) {
    try {
      UUID clientId = clientId().orElseThrow(() -> new InvalidInput("Save the record first"));
      DocumentSummary changed =
          confidentiality.keepFromGuardians(caller, clientId, documentId, confidential);
      notice =
          "\""
              + changed.title()
              + (confidential
                  ? "\" is now kept from the client's parents and guardians."
                  : "\" is visible again to contacts allowed to see documents.");
      list = null;
    } catch (BusinessException refused) {
      problems.add(refused.getMessage());
    }
  }

  /** The download address of a document, under the practice's API. */
  public String link(DocumentSummary document) {
    return DocumentLinks.download(request, practice, document);
  }

  public DocumentKind[] getUploadKinds() {
    return new DocumentKind[] {DocumentKind.UPLOADED, DocumentKind.SCANNED_FORM};
  }

  /**
   * Reads at most one byte over the limit, so the service can say the file is too large without
   * this page holding more of it in memory.
   */
  static byte[] read(Part part) {
    if (part == null) {
      return new byte[0];
    }
    if (part.getSize() > DocumentFiles.MAX_BYTES) {
      throw new InvalidInput(
          "The file is larger than 20 MB; scan at a lower resolution or split it");
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) DocumentFiles.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<UUID> clientId() {
    return Optional.ofNullable(page.getId()).map(ClientId::value);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNotice() {
    return notice;
  }

  public List<String> getProblems() {
    return problems;
  }

  public int getTitleLength() {
    return GeneralDocument.TITLE_LENGTH;
  }
}
