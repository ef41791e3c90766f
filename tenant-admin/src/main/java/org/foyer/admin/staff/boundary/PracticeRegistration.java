package org.foyer.admin.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.practice.PracticeRegistered;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.tenancy.TenantSlug;

/**
 * Registers a new practice with its first administrator, in one transaction that already runs as
 * the new practice so its first staff row passes row-level security.
 */
@ApplicationScoped
public class PracticeRegistration {

  private UnitOfWork unitOfWork;
  private PracticeRegistry registry;
  private Event<PracticeRegistered> registered;
  private Clock clock;

  protected PracticeRegistration() {}

  @Inject
  public PracticeRegistration(
      UnitOfWork unitOfWork,
      PracticeRegistry registry,
      Event<PracticeRegistered> registered,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.registry = registry;
    this.registered = registered;
    this.clock = clock;
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
    if (registry.findBySlug(slug).isPresent()) {
      throw new Conflict("The short name '" + slug + "' is already taken by another practice");
    }
    Practice practice = new Practice(slug, name, timeZone, clock.instant());
    StaffMember admin = new StaffMember(adminEmail, adminName, StaffRole.ADMINISTRATOR);
    admin.activate(passwordHash);
    EntityManager em = unitOfWork.entityManager();
    return unitOfWork.inTenant(
        practice.tenantId(),
        () -> {
          em.persist(practice);
          em.flush();
          em.persist(admin);
          // Observers (the audit log) run in this transaction: no practice without its record.
          registered.fire(new PracticeRegistered(practice.tenantId(), slug, admin.id()));
          return new NewPractice(practice, StaffProfile.of(admin));
        });
  }

  /** A freshly registered practice and its first administrator. */
  public record NewPractice(Practice practice, StaffProfile administrator) {}
}
