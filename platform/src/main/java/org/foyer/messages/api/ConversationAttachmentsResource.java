package org.foyer.messages.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;
import org.foyer.core.rest.PortalAccess;
import org.foyer.documents.boundary.Attachment;
import org.foyer.messages.attachments.AttachmentDownload;
import org.foyer.messages.attachments.AttachmentFiled;
import org.foyer.messages.attachments.AttachmentId;
import org.foyer.messages.attachments.AttachmentView;
import org.foyer.messages.boundary.AttachmentFilings;
import org.foyer.messages.boundary.MessageAttachments;
import org.foyer.messages.conversations.ConversationId;

/**
 * Files sent with a conversation's messages: each one's content as a download, and staff filing a
 * copy into the client's General Documents. Access is the conversation's; the service decides.
 */
@PortalAccess
@Path("p/{slug}/conversations/{id}/attachments")
@RequestScoped
public class ConversationAttachmentsResource {

  /** Even if a browser ignored the attachment, the content could run nothing and load nothing. */
  static final String SANDBOX = "default-src 'none'; sandbox";

  @Inject MessageAttachments attachments;
  @Inject AttachmentFilings filings;
  @Inject Caller caller;

  @GET
  @Path("{attachmentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Download a file sent in the conversation (decrypted, verified and audited)",
      description =
          "Answers 404 for a file of another conversation and for a caller who takes no part in"
              + " this one. Always served as an attachment, never rendered in place.")
  public Response download(
      @PathParam("id") ConversationId id, @PathParam("attachmentId") AttachmentId attachmentId) {
    AttachmentDownload download = attachments.download(caller, id.value(), attachmentId.value());
    AttachmentView file = download.attachment();
    return Response.ok(download.content(), file.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(file.fileName()))
        .header(HttpHeaders.CONTENT_LENGTH, download.content().length)
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Content-Security-Policy", SANDBOX)
        .build();
  }

  @POST
  @Path("{attachmentId}/filing")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a copy of the file into the client's General Documents (staff)",
      description =
          "Needs \"Can upload client general documents\" (403 otherwise). Filing a file again"
              + " answers with the earlier filing (earlier: true) and makes no second copy. A"
              + " conversation kept from guardians files its copy kept from them too. Audited;"
              + " portal logins meet 404.")
  public AttachmentFiled file(
      @PathParam("id") ConversationId id, @PathParam("attachmentId") AttachmentId attachmentId) {
    return filings.file(caller, id.value(), attachmentId.value());
  }
}
