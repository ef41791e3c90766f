package org.foyer.messages;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What someone has typed but not sent. An empty body and subject remove the draft.
 *
 * @param subject a new conversation's subject; ignored for a reply
 * @param client for a new conversation's draft: the client it is about (a portal login's default is
 *     the profile it acts for); ignored for a reply
 */
public record MessageDraftText(
    @Size(max = MessageLimits.SUBJECT_LENGTH, message = "{foyer.tooLong}") String subject,
    @Size(max = MessageLimits.BODY_LENGTH, message = "{foyer.tooLong}") String body,
    UUID client) {

  /**
   * Written out for the reason {@link NewConversation}'s constructor gives (payara/Payara#7649).
   */
  public MessageDraftText(String subject, String body, UUID client) {
    this.subject = subject;
    this.body = body;
    this.client = client;
  }

  public boolean isEmpty() {
    return (subject == null || subject.isBlank()) && (body == null || body.isBlank());
  }
}
