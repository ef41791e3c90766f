package org.foyer.messages.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.id.TypedIds;
import org.foyer.core.rest.PortalAccess;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.portal.account.ActingFor;
import org.foyer.portal.account.ClientProfile;

/**
 * Secure messaging. Staff and portal logins use the same addresses; the service decides what each
 * may see. A portal login's client is the {@code client} asked for, else the profile it acts for
 * now. Lists and conversations page by opaque cursors.
 */
@PortalAccess
@Path("p/{slug}/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsResource {

  @Inject Messaging messaging;
  @Inject MessageAttachments attachments;
  @Inject ConversationLists lists;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  @GET
  @Operation(
      summary = "Conversations, newest activity first",
      description =
          "A portal login sees one client's (client, else the profile it acts for), when its link"
              + " permits messages; staff see their clients', or every client's with \"Read all"
              + " client messages\", filtered by client and unread. Pass next as cursor for the"
              + " following page; limit 1 to 100 (20).")
  public ConversationPage list(
      @QueryParam("client") String clientText,
      @QueryParam("unread") boolean unread,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    // Taken as text: an absent optional typed parameter would meet the typed-id converter's 404.
    ClientId client =
        clientText == null || clientText.isBlank()
            ? null
            : TypedIds.parse(ClientId.class, clientText)
                .orElseThrow(() -> new NotFound(Messaging.CLIENT));
    if (caller.isStaff()) {
      return lists.listForStaff(
          caller, client == null ? null : client.value(), unread, cursor, limit);
    }
    return lists.listForPortal(caller, portalClient(client), cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a conversation about a client with its first message",
      description =
          "Body {\"subject\", \"body\", \"client\", \"keepFromGuardians\"}. Staff name the client;"
              + " a portal login writes for the profile it acts for unless it names another it may"
              + " message for. Only staff may keep a conversation from guardians.")
  @APIResponse(
      responseCode = "201",
      description = "The conversation was started",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConversationSummary.class)))
  public Response start(NewConversation input) {
    if (input == null) {
      throw new InvalidInput(
          "Send the conversation as a JSON object",
          Map.of("subject", "Enter a subject", "body", "Write a message"));
    }
    UUID client =
        caller.isStaff()
            ? input.client()
            : portalClient(input.client() == null ? null : new ClientId(input.client()));
    ConversationSummary started = messaging.start(caller, client, input);
    return Response.status(Response.Status.CREATED).entity(started).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One conversation with a page of its messages (the read is audited)",
      description =
          "The newest messages, oldest first, each with its files (id, fileName, contentType,"
              + " sizeBytes); pass earlier as cursor for the page before them. Reading the newest"
              + " page marks the conversation read.")
  public ConversationView open(
      @PathParam("id") ConversationId id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return attachments.open(caller, id.value(), cursor, limit);
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply in a conversation; messages cannot be changed once sent")
  @APIResponse(
      responseCode = "201",
      description = "The message was sent",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MessageView.class)))
  public Response reply(@PathParam("id") ConversationId id, NewMessage input) {
    if (input == null) {
      throw new InvalidInput(
          "Send the message as a JSON object", Map.of("body", "Write a message"));
    }
    MessageView sent = messaging.reply(caller, id.value(), input);
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Reply in a conversation with files",
      description =
          "multipart/form-data: a text part body (may be empty when files are sent) and up to 5"
              + " parts named file, each a PDF, PNG or JPEG of at most 20 MiB, its type read from"
              + " the content (never the name or the declared type). A refused file answers 400"
              + " naming the file and the reason, and nothing is sent. The whole request is at most"
              + " 65 MiB.")
  @APIResponse(
      responseCode = "201",
      description = "The message and its files were sent",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MessageView.class)))
  public Response replyWithFiles(@PathParam("id") ConversationId id, List<EntityPart> parts)
      throws IOException {
    String body = null;
    List<MessageFile> files = new ArrayList<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      if ("body".equals(part.getName())) {
        body = part.getContent(String.class);
      } else if (MessageAttachments.FILE.equals(part.getName())) {
        try (InputStream in = part.getContent()) {
          // One byte past the limit is enough to say the file is too large.
          byte[] content = in.readNBytes((int) DocumentFiles.MAX_BYTES + 1);
          files.add(new MessageFile(part.getFileName().orElse(null), content));
        }
      }
    }
    MessageView sent = attachments.reply(caller, id.value(), body, files);
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  private UUID portalClient(ClientId asked) {
    if (asked != null) {
      return asked.value();
    }
    return actingFor
        .profile()
        .map(ClientProfile::clientId)
        .orElseThrow(() -> new NotFound(Messaging.CLIENT));
  }
}
