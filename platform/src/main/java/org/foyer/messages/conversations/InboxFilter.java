package org.foyer.messages.conversations;

import java.util.UUID;

/**
 * What a staff inbox shows, beyond what the caller may see at all. Every part is optional.
 *
 * @param client only this client's conversations (the caller must take part in them)
 * @param clinician only conversations of this clinician's clients
 * @param unread only those with messages the caller has not read
 * @param flagged only flagged ones
 * @param assignedToMe only those assigned to the caller
 * @param status open or done ones only; null for both
 */
public record InboxFilter(
    UUID client,
    UUID clinician,
    boolean unread,
    boolean flagged,
    boolean assignedToMe,
    Status status) {

  public enum Status {
    OPEN,
    DONE
  }

  public static final InboxFilter ALL = new InboxFilter(null, null, false, false, false, null);

  public static InboxFilter of(UUID client, boolean unread) {
    return new InboxFilter(client, null, unread, false, false, null);
  }
}
