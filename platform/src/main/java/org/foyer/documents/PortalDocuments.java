package org.foyer.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.CurrentPractice;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.PortalHome;

/**
 * The portal's documents page: the General Documents of the client profile the login acts for now.
 * The service checks the contact network again on every list and download, so a link revoked since
 * the profile was chosen shows nothing.
 */
@Named
@RequestScoped
public class PortalDocuments {

  @Inject GeneralDocuments documents;
  @Inject Caller caller;
  @Inject PortalHome home;
  @Inject CurrentPractice practice;
  @Inject HttpServletRequest request;

  private List<DocumentSummary> list;

  public ClientProfile getCurrent() {
    return home.getCurrent();
  }

  public List<DocumentSummary> getDocuments() {
    if (list == null) {
      ClientProfile current = getCurrent();
      try {
        list = current == null ? List.of() : documents.listDocuments(caller, current.clientId());
      } catch (NotFound revoked) {
        list = List.of();
      }
    }
    return list;
  }

  public String link(DocumentSummary document) {
    return DocumentLinks.download(request, practice, document);
  }
}
