package org.foyer.messages.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.foyer.messages.MessageCount;
import org.foyer.messages.MessageDraftText;
import org.foyer.messages.MessageView;
import org.foyer.messages.NewConversation;
import org.foyer.messages.NewMessage;
import org.foyer.messages.attachments.MessageFile;
import org.foyer.messages.boundary.ConversationChanges;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.boundary.ConversationTriage;
import org.foyer.messages.boundary.MessageAttachments;
import org.foyer.messages.boundary.MessageDrafts;
import org.foyer.messages.boundary.MessageRetractions;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.conversations.ConversationId;
import org.foyer.messages.conversations.ConversationPage;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationUpdate;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.conversations.InboxFilter;
import org.foyer.portal.account.boundary.ActingFor;

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
  @Inject MessageRetractions retractions;
  @Inject ConversationChanges changes;
  @Inject MessageDrafts drafts;
  @Inject ConversationTriage triage;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  @GET
  @Operation(
      summary = "Conversations, newest activity first",
      description =
          "A portal login sees one client's (client, else the profile it acts for), when its link"
              + " permits messages; staff see their clients', or every client's with \"Read all"
              + " client messages\", filtered by client and unread, and (staff only) by clinician"
              + " (their clients' conversations), flagged=true, assigned=me and status=open or"
              + " done. Pass next as cursor for the following page; limit 1 to 100 (20).")
  public ConversationPage list(
      @QueryParam("client") String clientText,
      @QueryParam("unread") boolean unread,
      @QueryParam("clinician") String clinicianText,
      @QueryParam("flagged") boolean flagged,
      @QueryParam("assigned") String assigned,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    // Taken as text: an absent optional typed parameter would meet the typed-id converter's 404.
    if (caller.isStaff()) {
      InboxFilter filter =
          new InboxFilter(
              TypedIds.optional(ClientId.class, clientText, Messaging.CLIENT)
                  .map(ClientId::value)
                  .orElse(null),
              clinician(clinicianText),
              unread,
              flagged,
              assignedToMe(assigned),
              status(status));
      return lists.listForStaff(caller, filter, cursor, limit);
    }
    return lists.listForPortal(
        caller, actingFor.client(clientText, Messaging.CLIENT), cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a conversation about a client with its first message",
      description =
          "Body {\"subject\", \"body\", \"client\", \"keepFromGuardians\", \"contact\"}. Staff"
              + " name the client; a portal login writes for the profile it acts for unless it names"
              + " another it may message for. Only staff may keep a conversation from guardians, and"
              + " only staff may hold it with one person acting for the client (contact: an id from"
              + " GET conversations/addressees); everyone else acting for the client then never sees"
              + " it. A contact who cannot read messages in the portal is refused (400); another"
              + " client's contact is not found (404).")
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
        caller.isStaff() ? input.client() : actingFor.client(input.client(), Messaging.CLIENT);
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
  @Path("{id}/messages/{messageId}/retraction")
  @Operation(
      summary = "Retract one of your own messages",
      description =
          "Within 10 minutes of sending it, its sender may retract a message: everyone then sees"
              + " who retracted it and when instead of its body; the original stays in the"
              + " practice's records and the audit log names it. Someone else's message answers"
              + " 403, one retracted already or sent more than 10 minutes ago 409.")
  @APIResponse(
      responseCode = "200",
      description = "The message as everyone now sees it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MessageView.class)))
  public MessageView retract(
      @PathParam("id") ConversationId id, @PathParam("messageId") String messageId) {
    return retractions.retract(caller, id.value(), messageIdOf(messageId));
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      summary = "What changed in a conversation since a moment, for pages that poll",
      description =
          "New messages and retractions since since (an ISO-8601 instant: the until of the"
              + " previous answer), overlapping it by a few seconds: skip messages already shown."
              + " With reading=true (the page is being looked at) unread messages are marked read,"
              + " and that read is audited; otherwise nothing changes. Send the header"
              + " X-Foyer-Poll: 1 so that polling does not keep an idle session alive.")
  public ConversationUpdate changes(
      @PathParam("id") ConversationId id,
      @QueryParam("since") String since,
      @QueryParam("reading") boolean reading) {
    return changes.since(caller, id.value(), instantOf(since), reading);
  }

  @GET
  @Path("addressees")
  @Operation(
      summary = "Whom staff may start a conversation with about a client",
      description =
          "The client's own login and each contact whose link permits messages and who can sign"
              + " in now, the client first. Staff only; a client the caller takes no part in is"
              + " not found.")
  public List<Addressee> addressees(@QueryParam("client") String clientText) {
    ClientId client =
        TypedIds.parse(ClientId.class, clientText)
            .orElseThrow(() -> new NotFound(Messaging.CLIENT));
    return messaging.listAddressees(caller, client.value()).stream().map(Addressee::of).toList();
  }

  @GET
  @Path("unread")
  @Operation(
      summary = "How many conversations have unread messages, for the navigation",
      description =
          "The portal login's current profile's, or the staff member's inbox. Send the header"
              + " X-Foyer-Poll: 1 when polling, so that it does not keep an idle session alive.")
  public MessageCount unread() {
    if (caller.isStaff()) {
      return new MessageCount(lists.countUnread(caller, null));
    }
    return new MessageCount(
        actingFor.profile().map(p -> lists.countUnread(caller, p.clientId())).orElse(0L));
  }

  @GET
  @Path("{id}/draft")
  @Operation(summary = "Your unsent reply in a conversation (204 when there is none)")
  public Response replyDraft(@PathParam("id") ConversationId id) {
    return drafts
        .findReply(caller, id.value())
        .map(draft -> Response.ok(draft).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Keep your unsent reply in a conversation",
      description =
          "Body {\"body\"}. Kept on the server, sealed, until the reply is sent; an empty body"
              + " removes it.")
  @APIResponse(responseCode = "204", description = "Kept")
  public Response saveReplyDraft(@PathParam("id") ConversationId id, MessageDraftText text) {
    drafts.saveReply(
        caller, id.value(), text == null ? new MessageDraftText(null, null, null) : text);
    return Response.noContent().build();
  }

  @GET
  @Path("draft")
  @Operation(summary = "Your unsent new conversation about a client (204 when there is none)")
  public Response newDraft(@QueryParam("client") String clientText) {
    return drafts
        .findNew(caller, draftClient(clientText == null ? null : clientOf(clientText)))
        .map(draft -> Response.ok(draft).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @PUT
  @Path("draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Keep your unsent new conversation about a client",
      description =
          "Body {\"subject\", \"body\", \"client\"}: staff name the client; a portal login's"
              + " default is the profile it acts for. Removed when the conversation is started;"
              + " an empty subject and body remove it.")
  @APIResponse(responseCode = "204", description = "Kept")
  public Response saveNewDraft(MessageDraftText text) {
    MessageDraftText kept = text == null ? new MessageDraftText(null, null, null) : text;
    drafts.saveNew(caller, draftClient(kept.client()), kept);
    return Response.noContent().build();
  }

  private UUID draftClient(UUID asked) {
    return caller.isStaff() ? asked : actingFor.client(asked, Messaging.CLIENT);
  }

  private static UUID clientOf(String text) {
    return TypedIds.parse(ClientId.class, text)
        .orElseThrow(() -> new NotFound(Messaging.CLIENT))
        .value();
  }

  private static UUID messageIdOf(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new NotFound(MessageRetractions.MESSAGE);
    }
  }

  private static Instant instantOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "since is not a moment", Map.of("since", "Pass the until of the previous answer"));
    }
  }

  @PUT
  @Path("{id}/assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assign a conversation to a colleague (staff)",
      description =
          "Body {\"assignee\": staff id}, or {\"assignee\": null} to unassign. The colleague must"
              + " take part in the client's conversations (the clinician, or \"Read all client"
              + " messages\"), else 400 on the field assignee; an unknown colleague answers 404.")
  public ConversationSummary assign(@PathParam("id") ConversationId id, Assignment body) {
    if (body == null) {
      throw new InvalidInput(
          "Send the assignment as a JSON object", Map.of("assignee", "Choose a colleague"));
    }
    return triage.assign(caller, id.value(), body.assignee());
  }

  @PUT
  @Path("{id}/done")
  @Operation(
      summary = "Mark a conversation done (staff)",
      description = "A new message from the client's side reopens it.")
  public ConversationSummary markDone(@PathParam("id") ConversationId id) {
    return triage.markDone(caller, id.value(), true);
  }

  @DELETE
  @Path("{id}/done")
  @Operation(summary = "Reopen a conversation marked done (staff)")
  public ConversationSummary reopen(@PathParam("id") ConversationId id) {
    return triage.markDone(caller, id.value(), false);
  }

  @PUT
  @Path("{id}/flag")
  @Operation(summary = "Flag a conversation (staff)")
  public ConversationSummary flag(@PathParam("id") ConversationId id) {
    return triage.flag(caller, id.value(), true);
  }

  @DELETE
  @Path("{id}/flag")
  @Operation(summary = "Remove a conversation's flag (staff)")
  public ConversationSummary unflag(@PathParam("id") ConversationId id) {
    return triage.flag(caller, id.value(), false);
  }

  private static UUID clinician(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "Unknown clinician", Map.of("clinician", "Give the clinician's staff id"));
    }
  }

  private static boolean assignedToMe(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    if (!"me".equalsIgnoreCase(text.strip())) {
      throw new InvalidInput(
          "Unknown assignment filter", Map.of("assigned", "Use assigned=me, or leave it out"));
    }
    return true;
  }

  private static InboxFilter.Status status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "open" -> InboxFilter.Status.OPEN;
      case "done" -> InboxFilter.Status.DONE;
      default ->
          throw new InvalidInput(
              "Unknown status",
              Map.of("status", "Use status=open or status=done, or leave it out"));
    };
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
}
