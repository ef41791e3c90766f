package org.foyer.documents.boundary;

import jakarta.servlet.http.HttpServletRequest;
import org.foyer.core.web.routing.CurrentPractice;

/** Addresses of document downloads, served by {@link DocumentsResource}. */
final class DocumentLinks {

  private DocumentLinks() {}

  static String download(
      HttpServletRequest request, CurrentPractice practice, DocumentSummary document) {
    return request.getContextPath()
        + "/api/p/"
        + practice.getSlug()
        + "/clients/"
        + document.clientId()
        + "/documents/"
        + document.id();
  }
}
