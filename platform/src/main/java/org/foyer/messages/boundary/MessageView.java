package org.foyer.messages.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * One message as a reader sees it.
 *
 * @param senderName who wrote it, as they were named when they sent it
 * @param fromStaff written by the care team (not by the client or a contact)
 * @param onBehalfOfClient written by a contact for the client
 * @param mine written by the caller
 * @param body the plain text as sent; pages show it through {@link #html()}
 * @param automatic the practice's automatic reply, sent by no person
 */
public record MessageView(
    UUID id,
    String senderName,
    boolean fromStaff,
    boolean onBehalfOfClient,
    boolean mine,
    Instant sentAt,
    String body,
    boolean automatic) {

  /** The body escaped, with web addresses as links: never markup from the sender. */
  public String html() {
    return org.foyer.messages.control.MessageText.toHtml(body);
  }
}
