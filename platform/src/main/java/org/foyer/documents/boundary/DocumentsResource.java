package org.foyer.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.rest.PortalAccess;
import org.foyer.documents.entity.DocumentId;
import org.foyer.portal.account.Confidentiality;

/**
 * A client's General Documents: the list, and each document's content as a download. Staff of the
 * practice and portal logins acting for the client use the same addresses; the service decides.
 */
@PortalAccess
@Path("p/{slug}/clients/{clientId}/documents")
@RequestScoped
public class DocumentsResource {

  /** Even if a browser ignored the attachment, the content could run nothing and load nothing. */
  static final String SANDBOX = "default-src 'none'; sandbox";

  @Inject GeneralDocuments documents;
  @Inject DocumentConfidentiality confidentiality;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The client's documents, newest first, without content")
  public List<DocumentSummary> list(@PathParam("clientId") ClientId clientId) {
    return documents.listDocuments(caller, clientId.value());
  }

  @GET
  @Path("{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download one document (decrypted, verified and audited)")
  public Response download(
      @PathParam("clientId") ClientId clientId, @PathParam("documentId") DocumentId documentId) {
    DocumentDownload download = documents.download(caller, clientId.value(), documentId.value());
    DocumentSummary summary = download.summary();
    return Response.ok(download.content(), summary.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(summary.fileName()))
        .header(HttpHeaders.CONTENT_LENGTH, download.content().length)
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Content-Security-Policy", SANDBOX)
        .build();
  }

  /**
   * Body {@code {"confidentialFromGuardians": true}}. Staff only: the service answers a portal
   * login 404, like a missing document.
   */
  @PUT
  @Path("{documentId}/confidentiality")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Keep a document from the client's parents and guardians, or show it again",
      description =
          "Body {\"confidentialFromGuardians\": true} or false. A kept document is left out of"
              + " every list, count and notice for a contact acting for the client and answers 404"
              + " to them; the client's own login and staff still see it. Marking needs the client"
              + " to be a minor at or above the practice's minor-privacy age and answers 409 with"
              + " the reason otherwise; unmarking is always allowed. Audited.")
  public DocumentSummary keepFromGuardians(
      @PathParam("clientId") ClientId clientId,
      @PathParam("documentId") DocumentId documentId,
      Confidentiality body) {
    return confidentiality.keepFromGuardians(
        caller, clientId.value(), documentId.value(), Confidentiality.chosenIn(body));
  }
}
