package org.foyer.messages.conversations;

import java.time.Instant;
import java.util.List;
import org.foyer.messages.MessageView;

/**
 * What changed in a conversation since a page last asked: for pages that show new messages as they
 * arrive. Answers overlap the previous one a little (a message committed late is not missed), so a
 * page skips messages it shows already.
 *
 * @param messages messages sent since, oldest first (retracted ones without their body)
 * @param retracted messages retracted since, to replace with their retraction mark
 * @param until pass as {@code since} next time
 * @param more there were more new messages than one answer carries: reload the conversation
 * @param unread conversations with unread messages, for the navigation's count
 */
public record ConversationUpdate(
    List<MessageView> messages,
    List<MessageView> retracted,
    Instant until,
    boolean more,
    long unread) {

  public ConversationUpdate {
    messages = List.copyOf(messages);
    retracted = List.copyOf(retracted);
  }
}
