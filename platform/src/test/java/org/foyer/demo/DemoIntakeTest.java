package org.foyer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.forms.boundary.FormChanged;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketChanged;
import org.foyer.admin.packets.control.PacketPackUsage;
import org.foyer.admin.packs.PackChanged;
import org.foyer.admin.packs.PackLibrary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.events.RecordedEvents;
import org.foyer.intake.boundary.IntakeSending;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.consent.ElectronicConsent;
import org.junit.jupiter.api.Test;

class DemoIntakeTest {

  static final TestDatabase db = TestDatabase.get();

  final EntityManager em = db.entityManager();
  final PracticeForms forms =
      new PracticeForms(em, new RecordedEvents<FormChanged>(), Clock.systemUTC());
  final PracticePacks packs =
      new PracticePacks(
          em,
          new PackLibrary(),
          new PacketPackUsage(em),
          new RecordedEvents<PackChanged>(),
          Clock.systemUTC());
  final IntakePackets packets =
      new IntakePackets(em, packs, forms, new RecordedEvents<PacketChanged>(), Clock.systemUTC());

  @Test
  void theDemoClientIsSentAFewFormsOfTheStarterPacketByTheAdministrator() {
    Practice practice =
        new Practice(
            new TenantSlug("demo-intake-" + UUID.randomUUID().toString().substring(0, 8)),
            "Harbor Light Counseling",
            "America/Chicago",
            Instant.now());
    TenantId tenant = practice.tenantId();
    DemoPractice demo = new DemoPractice();
    demo.em = em;
    demo.permissions = new StaffPermissions(em, new RoleStore(em));
    AuditLog audit = new AuditLog(em, Clock.systemUTC());
    demo.intake =
        new IntakeSending(
            em,
            new ClientRecords(
                em, audit, Inputs.standalone(), new StaffDirectory(em), Clock.systemUTC()),
            packets,
            new FormPinning(packs, forms),
            new PortalNotices(
                new Outbox(db.unitOfWork(), Clock.systemUTC()),
                MailSettings.read(name -> Optional.empty()),
                new ClientLogins(em),
                new ElectronicConsent(em, audit, Clock.systemUTC()),
                em),
            audit,
            new ContactLinks(em),
            Clock.systemUTC());

    UUID clientId =
        db.inTenant(
            tenant,
            () -> {
              em.persist(practice);
              em.flush();
              StaffMember admin =
                  new StaffMember(DemoPractice.ADMIN, "Morgan Reyes", StaffRole.ADMINISTRATOR);
              admin.activate("hash");
              em.persist(admin);
              em.flush();
              packets.createPacket(
                  new Caller(
                      admin.id(),
                      Caller.Kind.STAFF,
                      admin.email(),
                      Set.of(),
                      EnumSet.allOf(Capability.class)),
                  IntakePackets.STARTER_PACKET);
              Client jordan = new Client("Jordan", "Avery", LocalDate.of(1990, 4, 12), false);
              em.persist(jordan);
              em.flush();
              demo.sendIntake(
                  new StaffProfile(
                      admin.id(), admin.email(), admin.displayName(), admin.role(), admin.status()),
                  jordan,
                  DemoPractice.DEMO_INTAKE_FORMS);
              return jordan.id();
            });

    var sent =
        db.inTenant(
            tenant,
            () ->
                em.createQuery(
                        "SELECT f FROM AssignedForm f WHERE f.clientId = :c ORDER BY f.position",
                        AssignedForm.class)
                    .setParameter("c", clientId)
                    .getResultList());
    assertThat(sent)
        .extracting(AssignedForm::formKey)
        .containsExactlyInAnyOrderElementsOf(DemoPractice.DEMO_INTAKE_FORMS);
    assertThat(sent).allMatch(f -> f.status() == FormStatus.OUTSTANDING);
  }
}
