package org.foyer.core.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/**
 * Finds practices. Practices are the one table outside row-level security, so these reads run with
 * no practice bound; registering a practice belongs to the staff feature, which creates its first
 * administrator in the same transaction.
 */
@ApplicationScoped
public class PracticeRegistry {

  private static final Logger LOG = Logger.getLogger(PracticeRegistry.class.getName());

  private UnitOfWork unitOfWork;

  protected PracticeRegistry() {}

  @Inject
  public PracticeRegistry(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** The practice answering at the slug, active or not. */
  public Optional<Practice> findBySlug(TenantSlug slug) {
    return read(
        unitOfWork,
        em ->
            em.createQuery("SELECT p FROM Practice p WHERE p.slug = :slug", Practice.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst());
  }

  /**
   * Runs the work for every practice in turn, each under its own row security; one practice's
   * failure is logged and does not keep the others from their turn.
   *
   * @param what the work in words, for the log ("Form reminders")
   * @return the sum of what the runs counted
   */
  public static int forEachPractice(
      UnitOfWork unitOfWork, String what, ToIntFunction<TenantId> work) {
    int total = 0;
    for (TenantId practice : listTenants(unitOfWork)) {
      try {
        total += work.applyAsInt(practice);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, what + " of practice " + practice + " failed", e);
      }
    }
    return total;
  }

  /** Every practice's id, for work that visits each practice in turn under its own row security. */
  public static List<TenantId> listTenants(UnitOfWork unitOfWork) {
    return read(
        unitOfWork,
        em ->
            em
                .createQuery("SELECT p FROM Practice p ORDER BY p.id", Practice.class)
                .getResultList()
                .stream()
                .map(Practice::tenantId)
                .toList());
  }

  /** A read-only transaction with no practice bound, the only way the practices table is read. */
  private static <T> T read(UnitOfWork unitOfWork, Function<EntityManager, T> query) {
    return unitOfWork.run(null, true, () -> query.apply(unitOfWork.entityManager()));
  }
}
