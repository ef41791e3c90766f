package org.foyer.admin.services;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/**
 * A practice with an administrator, a therapist and a front-desk member, and the callers each of
 * them (and a portal client, and an anonymous visitor) would be.
 */
public final class SamplePractice {

  public final TestDatabase db;
  public final TenantId tenant;
  public final Caller admin;
  public final Caller therapist;
  public final Caller frontDesk;
  public final Caller client =
      new Caller(UUID.randomUUID(), Caller.Kind.PORTAL, "c@x.org", Set.of(), Set.of());
  public final Caller anonymous = Caller.ANONYMOUS;

  private SamplePractice(
      TestDatabase db, TenantId tenant, Caller admin, Caller therapist, Caller frontDesk) {
    this.db = db;
    this.tenant = tenant;
    this.admin = admin;
    this.therapist = therapist;
    this.frontDesk = frontDesk;
  }

  public static SamplePractice create(TestDatabase db, String name) {
    Practice practice =
        new Practice(
            new TenantSlug(name + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Practice " + name,
            "UTC",
            Instant.now());
    return db.inTenant(
        practice.tenantId(),
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          return new SamplePractice(
              db,
              practice.tenantId(),
              staff(em, "admin@" + name + ".test", StaffRole.ADMINISTRATOR),
              staff(em, "therapist@" + name + ".test", StaffRole.THERAPIST),
              staff(em, "desk@" + name + ".test", StaffRole.FRONT_DESK));
        });
  }

  private static Caller staff(EntityManager em, String email, StaffRole role) {
    StaffMember member = new StaffMember(email, role.label(), role);
    member.activate("hash");
    em.persist(member);
    return new Caller(
        member.id(), Caller.Kind.STAFF, email, Set.of(role.name()), role.capabilities());
  }

  /** Runs work as one transaction of this practice. */
  public <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  /** Runs work without a result as one transaction of this practice. */
  public void run(Runnable work) {
    db.inTenant(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
