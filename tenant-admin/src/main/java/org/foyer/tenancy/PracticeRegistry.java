package org.foyer.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.foyer.admin.staff.StaffMember;
import org.foyer.admin.staff.StaffRole;
import org.foyer.errors.Conflict;
import org.foyer.persistence.UnitOfWork;

/**
 * Finds practices by slug and registers new ones with their first administrator, in one transaction
 * that already runs as the new practice so its first staff row passes row-level security.
 */
@ApplicationScoped
public class PracticeRegistry {

  private UnitOfWork unitOfWork;
  private EntityManager em;
  private Clock clock;
  private Event<PracticeRegistered> registered;

  protected PracticeRegistry() {}

  @Inject
  public PracticeRegistry(UnitOfWork unitOfWork, Event<PracticeRegistered> registered) {
    this(unitOfWork, registered, Clock.systemUTC());
  }

  public PracticeRegistry(
      UnitOfWork unitOfWork, Event<PracticeRegistered> registered, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.registered = registered;
    this.clock = clock;
  }

  /** The practice answering at the slug, active or not. */
  public Optional<Practice> findBySlug(TenantSlug slug) {
    return unitOfWork.run(
        null,
        true,
        () ->
            em.createQuery("SELECT p FROM Practice p WHERE p.slug = :slug", Practice.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst());
  }

  /**
   * Creates an active practice and its first organization administrator.
   *
   * @param passwordHash the administrator's password, already checked and hashed by the caller
   */
  public NewPractice register(
      TenantSlug slug,
      String name,
      String timeZone,
      String adminEmail,
      String adminName,
      String passwordHash) {
    if (findBySlug(slug).isPresent()) {
      throw new Conflict("The short name '" + slug + "' is already taken by another practice");
    }
    Practice practice = new Practice(slug, name, timeZone, clock.instant());
    StaffMember admin = new StaffMember(adminEmail, adminName, StaffRole.ADMINISTRATOR);
    admin.activate(passwordHash);
    return unitOfWork.inTenant(
        practice.tenantId(),
        () -> {
          em.persist(practice);
          em.flush();
          em.persist(admin);
          // Observers (the audit log) run in this transaction: no practice without its record.
          registered.fire(new PracticeRegistered(practice.tenantId(), slug, admin.id()));
          return new NewPractice(practice, admin);
        });
  }

  /** A freshly registered practice and its first administrator. */
  public record NewPractice(Practice practice, StaffMember administrator) {}
}
