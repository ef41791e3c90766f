package org.foyer.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.messages.attachments.AttachmentView;

/**
 * One message as a reader sees it.
 *
 * @param senderName who wrote it, as they were named when they sent it
 * @param fromStaff written by the care team (not by the client or a contact)
 * @param onBehalfOfClient written by a contact for the client
 * @param mine written by the caller
 * @param body the plain text as sent (empty for a message that only carries files), null once
 *     retracted; pages show it through {@link #html()}
 * @param retracted taken back by its sender: readers see who and when instead of the body
 * @param retractedAt when it was retracted, else null
 * @param retractedBy who retracted it (its sender, named as when they sent it), else null
 * @param retractable the caller sent it, has not retracted it, and may still do so
 * @param automatic the practice's automatic reply, sent by no person
 * @param attachments the files sent with it, in the order they were chosen; none once retracted
 */
public record MessageView(
    UUID id,
    String senderName,
    boolean fromStaff,
    boolean onBehalfOfClient,
    boolean mine,
    Instant sentAt,
    String body,
    boolean retracted,
    Instant retractedAt,
    String retractedBy,
    boolean retractable,
    boolean automatic,
    List<AttachmentView> attachments) {

  public MessageView {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** The body escaped, with web addresses as links: never markup from the sender. */
  public String html() {
    return MessageText.toHtml(body);
  }

  /** The same message with its files; a retracted message shows none. */
  public MessageView withAttachments(List<AttachmentView> files) {
    return new MessageView(
        id,
        senderName,
        fromStaff,
        onBehalfOfClient,
        mine,
        sentAt,
        body,
        retracted,
        retractedAt,
        retractedBy,
        retractable,
        automatic,
        retracted ? List.of() : files);
  }
}
