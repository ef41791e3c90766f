package org.foyer.messages.conversations;

import java.util.List;
import org.foyer.messages.MessageView;

/**
 * A conversation with one page of its messages, oldest first within the page.
 *
 * @param earlier the cursor of the page of messages before these; null when these are the first
 */
public record ConversationView(
    ConversationSummary conversation, List<MessageView> messages, String earlier) {

  public ConversationView {
    messages = List.copyOf(messages);
  }
}
