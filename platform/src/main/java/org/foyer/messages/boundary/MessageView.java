package org.foyer.messages.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message as a reader sees it.
 *
 * @param senderName who wrote it, as they were named when they sent it
 * @param fromStaff written by the care team (not by the client or a contact)
 * @param onBehalfOfClient written by a contact for the client
 * @param mine written by the caller
 * @param body the plain text as sent (empty for a message that only carries files); pages show it
 *     through {@link #html()}
 * @param attachments the files sent with it, in the order they were chosen
 */
public record MessageView(
    UUID id,
    String senderName,
    boolean fromStaff,
    boolean onBehalfOfClient,
    boolean mine,
    Instant sentAt,
    String body,
    List<AttachmentView> attachments) {

  public MessageView {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A message as {@link Messaging} reads it; {@link MessageAttachments} adds its files. */
  public MessageView(
      UUID id,
      String senderName,
      boolean fromStaff,
      boolean onBehalfOfClient,
      boolean mine,
      Instant sentAt,
      String body) {
    this(id, senderName, fromStaff, onBehalfOfClient, mine, sentAt, body, List.of());
  }

  /** The body escaped, with web addresses as links: never markup from the sender. */
  public String html() {
    return org.foyer.messages.control.MessageText.toHtml(body);
  }

  MessageView withAttachments(List<AttachmentView> files) {
    return new MessageView(id, senderName, fromStaff, onBehalfOfClient, mine, sentAt, body, files);
  }
}
