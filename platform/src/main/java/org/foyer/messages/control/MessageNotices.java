package org.foyer.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.messages.MessageNoticesDue;
import org.foyer.messages.entity.MessageNotice;

/**
 * Decides who is mailed about a new message now ({@link NoticeBatching}) and remembers it, in the
 * sender's unit of work, then hands the batch to the mail feature as {@link MessageNoticesDue}.
 */
@ApplicationScoped
public class MessageNotices {

  private EntityManager em;
  private Event<MessageNoticesDue> due;

  protected MessageNotices() {}

  @Inject
  public MessageNotices(EntityManager em, Event<MessageNoticesDue> due) {
    this.em = em;
    this.due = due;
  }

  /**
   * Tells those of the recipients not mailed about this conversation in the last 15 minutes.
   *
   * @param pagePath where they read it, relative to the practice ({@code /portal/messages})
   * @return who was told
   */
  public List<String> tell(
      UUID conversationId, Collection<String> recipients, String pagePath, Instant now) {
    List<String> told = new ArrayList<>();
    for (String recipient : recipients.stream().distinct().toList()) {
      MessageNotice notice =
          em.createQuery(
                  "SELECT n FROM MessageNotice n WHERE n.conversationId = :conversation"
                      + " AND n.recipient = :recipient",
                  MessageNotice.class)
              .setParameter("conversation", conversationId)
              .setParameter("recipient", recipient)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (notice == null) {
        em.persist(new MessageNotice(conversationId, recipient, now));
        told.add(recipient);
      } else if (NoticeBatching.due(notice.mailedAt(), now)) {
        notice.mailed(now);
        told.add(recipient);
      }
    }
    if (!told.isEmpty()) {
      due.fire(new MessageNoticesDue(Tenancy.require(), told, pagePath));
    }
    return told;
  }
}
