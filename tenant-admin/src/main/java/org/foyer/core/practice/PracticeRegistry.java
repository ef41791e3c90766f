package org.foyer.core.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
