package org.foyer.core.mail;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/** Practices and outbox messages for the mail tests, on the shared test database. */
public final class SampleMail {

  public static final TestDatabase db = TestDatabase.get();
  public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private SampleMail() {}

  public static TenantId practice(String name, String timeZone) {
    Practice practice =
        new Practice(
            new TenantSlug("mail-" + UUID.randomUUID().toString().substring(0, 8)),
            name,
            timeZone,
            NOW);
    db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          return null;
        });
    return practice.tenantId();
  }

  public static TenantId practice() {
    return practice("Harbour Counselling", "UTC");
  }

  public static OutgoingMail mail(String recipient) {
    return OutgoingMail.text(
        MailKind.PORTAL_NOTICE,
        recipient,
        "You have a new message",
        "There is something new for you in the portal.");
  }

  /** Queues mail to each recipient in one unit of work of the practice. */
  public static List<UUID> queue(Outbox outbox, TenantId tenant, String... recipients) {
    return db.inTenant(
        tenant,
        () -> {
          List<UUID> ids = new java.util.ArrayList<>();
          for (String recipient : recipients) {
            ids.add(outbox.enqueue(mail(recipient)));
          }
          return ids;
        });
  }

  public static OutboxMessage load(TenantId tenant, UUID id) {
    return db.inTenant(
        tenant,
        () -> {
          EntityManager em = db.entityManager();
          return em.find(OutboxMessage.class, id);
        });
  }

  public static List<OutboxMessage> all(TenantId tenant) {
    return db.inTenant(
        tenant,
        () ->
            db.entityManager()
                .createQuery("SELECT m FROM OutboxMessage m", OutboxMessage.class)
                .getResultList());
  }
}
