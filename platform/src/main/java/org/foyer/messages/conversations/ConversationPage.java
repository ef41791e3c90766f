package org.foyer.messages.conversations;

import java.util.List;

/**
 * One page of conversations, newest activity first.
 *
 * @param next the cursor of the following page; null on the last page
 */
public record ConversationPage(List<ConversationSummary> conversations, String next) {

  public ConversationPage {
    conversations = List.copyOf(conversations);
  }
}
