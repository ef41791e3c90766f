package org.foyer.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.Tenancy;

/**
 * Where features queue mail. Queuing joins the caller's unit of work and refuses to run outside
 * one, so a message commits or rolls back with the change that caused it: no invitation mailed for
 * an invitation that was never saved, none lost for one that was.
 */
@ApplicationScoped
public class Outbox {

  /** The development page shows this many of the newest messages. */
  public static final int RECENT_LIMIT = 50;

  private UnitOfWork unitOfWork;
  private EntityManager em;
  private Clock clock;

  protected Outbox() {}

  @Inject
  public Outbox(UnitOfWork unitOfWork, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.clock = clock;
  }

  /**
   * Queues the mail in the running unit of work, for the practice of that unit of work.
   *
   * @return the message's id
   * @throws IllegalStateException when no unit of work is running on this thread
   */
  public UUID enqueue(OutgoingMail mail) {
    if (!unitOfWork.isActive()) {
      throw new IllegalStateException(
          "Mail is queued inside the unit of work of the change that causes it");
    }
    OutboxMessage message = new OutboxMessage(mail, clock.instant());
    em.persist(message);
    return message.id();
  }

  /** The newest messages of the current practice, newest first. */
  public List<OutboxMessage> listRecent() {
    return unitOfWork.run(
        Tenancy.require(),
        true,
        () ->
            em.createQuery(
                    "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id",
                    OutboxMessage.class)
                .setMaxResults(RECENT_LIMIT)
                .getResultList());
  }
}
