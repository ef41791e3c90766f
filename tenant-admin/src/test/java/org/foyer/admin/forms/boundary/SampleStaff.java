package org.foyer.admin.forms.boundary;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;

/** Callers and practices for the forms, packets and packs tests. */
public final class SampleStaff {

  private SampleStaff() {}

  /** An administrator holding intake, dynamic-form and pack capabilities. */
  public static Caller administrator() {
    return staff(
        "Organization Administration",
        Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS,
        Capability.MANAGE_DYNAMIC_FORMS,
        Capability.MANAGE_TEMPLATE_PACKS);
  }

  /** A therapist as the seed defines one: dynamic forms, general documents, no intake. */
  public static Caller therapist() {
    return staff("Therapist", Capability.MANAGE_DYNAMIC_FORMS, Capability.UPLOAD_GENERAL_DOCUMENTS);
  }

  public static Caller frontDeskWithoutFormRights() {
    return staff("Front desk", Capability.UPLOAD_GENERAL_DOCUMENTS);
  }

  public static Caller portalClient() {
    return new Caller(
        UUID.randomUUID(), Caller.Kind.PORTAL, "client@example.org", Set.of(), Set.of());
  }

  public static Caller staff(String role, Capability... capabilities) {
    return new Caller(
        UUID.randomUUID(),
        Caller.Kind.STAFF,
        "staff@example.org",
        Set.of(role),
        Set.of(capabilities));
  }

  /** A new practice with a unique slug, so tests sharing the database never meet. */
  public static TenantId newPractice(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Practice practice =
        new Practice(new TenantSlug(slug), "Practice " + slug, "UTC", Instant.now());
    TestDatabase db = TestDatabase.get();
    return db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          return practice.tenantId();
        });
  }
}
