package org.foyer.admin.staff.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.roles.boundary.Roles;
import org.foyer.admin.roles.boundary.RolesChanged;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.events.RecordedEvents;

/**
 * A fresh practice with one active member of each built-in role, and the staff services wired as
 * the container would wire them, with recorded events and a clock the test can move.
 */
public class SamplePractice {

  public static final TestDatabase db = TestDatabase.get();
  public static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

  public final TenantId tenant;
  public final String slug;
  public final Map<StaffRole, UUID> staff = new EnumMap<>(StaffRole.class);
  public final RecordedEvents<StaffChanged> staffChanges = new RecordedEvents<>();
  public final RecordedEvents<StaffInvited> invitations = new RecordedEvents<>();
  public final RecordedEvents<RolesChanged> roleChanges = new RecordedEvents<>();
  public Clock clock = Clock.fixed(START, ZoneOffset.UTC);

  public SamplePractice() {
    slug = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    Practice practice = new Practice(new TenantSlug(slug), "Harbor Therapy", "UTC", START);
    tenant = practice.tenantId();
    db.inTenant(
        tenant,
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          for (StaffRole role : StaffRole.values()) {
            StaffMember member =
                new StaffMember(
                    role.name().toLowerCase().replace('_', '.') + "@" + slug + ".test",
                    role.label() + " Person",
                    role);
            member.activate("hash");
            em.persist(member);
            staff.put(role, member.id());
          }
          return null;
        });
  }

  public <T> T in(Supplier<T> work) {
    return db.inTenant(tenant, work::get);
  }

  public void run(Runnable work) {
    db.inTenant(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  public RoleStore roleStore() {
    return new RoleStore(db.entityManager());
  }

  public StaffAdministration administration() {
    return new StaffAdministration(
        db.entityManager(), roleStore(), staffChanges, invitations, clock);
  }

  public StaffInvitations invitationService() {
    return new StaffInvitations(db.entityManager(), staffChanges, clock);
  }

  public StaffPermissions permissions() {
    return new StaffPermissions(db.entityManager(), roleStore());
  }

  public Roles roles() {
    return new Roles(roleStore(), roleChanges);
  }

  /** The caller a signed-in member is, with capabilities read fresh as the platform does. */
  public Caller callerFor(UUID staffId) {
    StaffMember member = in(() -> db.entityManager().find(StaffMember.class, staffId));
    return new Caller(
        staffId,
        Caller.Kind.STAFF,
        member.email(),
        Set.of(member.role().name()),
        in(() -> permissions().capabilitiesOf(staffId)));
  }

  public Caller caller(StaffRole role) {
    return callerFor(staff.get(role));
  }

  public static Caller portalCaller() {
    return new Caller(
        UUID.randomUUID(), Caller.Kind.PORTAL, "client@example.org", Set.of(), Set.of());
  }

  public StaffMember member(UUID id) {
    return in(() -> db.entityManager().find(StaffMember.class, id));
  }

  /** The token in the last invitation email's link. */
  public String lastToken() {
    String path = invitations.last().acceptPath();
    return path.substring(path.indexOf("token=") + "token=".length());
  }
}
