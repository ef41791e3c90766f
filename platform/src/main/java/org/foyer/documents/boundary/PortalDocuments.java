package org.foyer.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

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

  /**
   * Answers 404 when the profile acted for does not let this login see documents: the page does not
   * exist for them, as the documents themselves do not.
   */
  public void load() {
    ClientProfile current = getCurrent();
    if (current != null && !current.permits(ContactPermission.DOCUMENTS)) {
      FacesContext context = FacesContext.getCurrentInstance();
      try {
        context.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
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
