package org.foyer.messages.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foyer.core.access.Caller;
import org.foyer.messages.MessageView;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.control.Retractions;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessageRetraction;
import org.foyer.messages.entity.SenderKind;

/**
 * Messages as their readers see them. A retracted message's body is not even opened: only its
 * retraction mark leaves the service; the sealed original stays in the database for the record.
 */
final class MessageViews {

  private MessageViews() {}

  /** The views of the messages, in their order, with their retraction marks. */
  static List<MessageView> of(
      EntityManager em, MessageSeal seal, List<Message> messages, Caller caller, Instant now) {
    Map<java.util.UUID, MessageRetraction> retractions =
        Retractions.ofMessages(em, messages.stream().map(Message::id).toList());
    List<Message> standing =
        messages.stream().filter(m -> !retractions.containsKey(m.id())).toList();
    Map<java.util.UUID, String> bodies = new java.util.HashMap<>();
    List<String> opened = seal.bodies(standing);
    for (int i = 0; i < standing.size(); i++) {
      bodies.put(standing.get(i).id(), opened.get(i));
    }
    List<MessageView> views = new ArrayList<>(messages.size());
    for (Message message : messages) {
      views.add(of(message, bodies.get(message.id()), retractions.get(message.id()), caller, now));
    }
    return views;
  }

  /**
   * @param body the opened body; ignored when the message is retracted
   */
  static MessageView of(
      Message message, String body, MessageRetraction retraction, Caller caller, Instant now) {
    boolean mine = message.senderId().equals(caller.accountId());
    boolean retracted = retraction != null;
    return new MessageView(
        message.id(),
        message.senderName(),
        message.senderKind() == SenderKind.STAFF,
        message.onBehalfOf() != null,
        mine,
        message.sentAt(),
        retracted ? null : body,
        retracted,
        retracted ? retraction.retractedAt() : null,
        retracted ? retraction.retractedByName() : null,
        mine && !retracted && MessageRetraction.mayStillRetract(message, now),
        message.senderKind() == SenderKind.PRACTICE,
        List.of());
  }
}
