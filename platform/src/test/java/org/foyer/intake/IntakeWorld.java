package org.foyer.intake;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.forms.FormChanged;
import org.foyer.admin.forms.PracticeForms;
import org.foyer.admin.packets.IntakePacket;
import org.foyer.admin.packets.IntakePackets;
import org.foyer.admin.packets.PacketChanged;
import org.foyer.admin.packets.PacketItem;
import org.foyer.admin.packets.PacketPackUsage;
import org.foyer.admin.packs.PackChanged;
import org.foyer.admin.packs.PackLibrary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.admin.staff.StaffMember;
import org.foyer.admin.staff.StaffRole;
import org.foyer.audit.AuditLog;
import org.foyer.clients.Client;
import org.foyer.clients.ClientDetails;
import org.foyer.clients.ClientRecords;
import org.foyer.events.RecordedEvents;
import org.foyer.intake.boundary.FormFilling;
import org.foyer.intake.boundary.IntakeSending;
import org.foyer.intake.boundary.SubmissionReview;
import org.foyer.intake.control.ClientCircle;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeFacts;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.intake.entity.PdfReady;
import org.foyer.mail.Outbox;
import org.foyer.mail.OutboxMessage;
import org.foyer.mail.delivery.MailSettings;
import org.foyer.persistence.TestDatabase;
import org.foyer.portal.account.ClientAccess;
import org.foyer.portal.account.ContactNetwork;
import org.foyer.portal.account.PortalAccount;
import org.foyer.portal.account.Relationship;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.TenantId;
import org.foyer.tenancy.TenantSlug;

/**
 * A practice for intake tests: an administrator (every capability), a desk member without the
 * intake capability, a client with her own active portal login, a parent's login, the practice's
 * default packet (the built-in intake forms), and every intake service built on the test database.
 */
final class IntakeWorld {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
  static final PackLibrary library = new PackLibrary();

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final EntityManager em = db.entityManager();
  final AuditLog audit = new AuditLog(em, clock);
  final PracticeForms forms = new PracticeForms(em, new RecordedEvents<FormChanged>());
  final PracticePacks packs =
      new PracticePacks(em, library, new PacketPackUsage(em), new RecordedEvents<PackChanged>());
  final IntakePackets packets =
      new IntakePackets(em, packs, forms, new RecordedEvents<PacketChanged>());
  final PortalSettingsService settings =
      new PortalSettingsService(em, new RecordedEvents<PortalSettingsChanged>());
  final ContactNetwork network = new ContactNetwork(em, settings);
  final ClientCircle circle = new ClientCircle(em);
  final Outbox outbox = new Outbox(db.unitOfWork(), clock);
  final MailSettings mail = MailSettings.read(name -> Optional.empty());
  final PortalNotices notices = new PortalNotices(outbox, mail, circle, em);
  final IntakeEngine engine = new IntakeEngine(packs);
  final IntakeFacts facts = new IntakeFacts(em, circle, clock);
  final ClientRecords records = new ClientRecords(em, audit, clock);
  final IntakeSending sending =
      new IntakeSending(em, packets, new FormPinning(packs, forms), notices, audit, clock);

  final RecordedEvents<FormSubmitted> submitted = new RecordedEvents<>();
  final FormFilling filling = new FormFilling(em, network, engine, facts, audit, submitted, clock);

  final RecordedEvents<PdfReady> pdfs = new RecordedEvents<>();
  final SubmissionReview review = new SubmissionReview(em, engine, records, audit, pdfs, clock);

  final TenantId tenant;
  final Caller admin;
  final Caller desk;
  final UUID clinicianId;
  final UUID clientId;
  final Caller client;
  final Caller parent;
  final ClientAccess parentAccess;
  final UUID packetId;

  IntakeWorld(String prefix) {
    Practice practice =
        new Practice(
            new TenantSlug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Calm Waters Counseling",
            "America/Chicago",
            NOW);
    tenant = practice.tenantId();
    UUID[] ids = new UUID[5];
    ClientAccess[] access = new ClientAccess[1];
    db.inTenant(
        tenant,
        () -> {
          em.persist(practice);
          em.flush();
          StaffMember clinician =
              new StaffMember("therapist@example.org", "Dr. Rae Lin", StaffRole.THERAPIST);
          clinician.activate("hash");
          em.persist(clinician);
          PortalAccount own = new PortalAccount("jo@example.org", "Jo Rivera");
          own.activate("hash");
          PortalAccount mum = new PortalAccount("mum@example.org", "Maria Rivera");
          mum.activate("hash");
          em.persist(own);
          em.persist(mum);
          em.flush();
          ids[0] = clinician.id();
          ids[1] = own.id();
          ids[2] = mum.id();
          return null;
        });
    clinicianId = ids[0];
    admin =
        new Caller(
            UUID.randomUUID(),
            Caller.Kind.STAFF,
            "admin@example.org",
            Set.of(),
            EnumSet.allOf(Capability.class));
    desk = new Caller(UUID.randomUUID(), Caller.Kind.STAFF, "desk@example.org", Set.of(), Set.of());
    Client created =
        db.inTenant(
            tenant,
            () ->
                records.create(
                    admin,
                    new ClientDetails(
                        "Jo",
                        "Rivera",
                        "Joey",
                        "they/them",
                        LocalDate.of(1990, 5, 1),
                        "jo@example.org",
                        "(312) 555-0100",
                        "1 Lake St",
                        null,
                        "Chicago",
                        "IL",
                        "60601",
                        "Sam Rivera",
                        "312 555 0199",
                        "Partner",
                        clinicianId,
                        null)));
    clientId = created.id();
    db.inTenant(
        tenant,
        () -> {
          em.persist(new ClientAccess(ids[1], clientId, Relationship.SELF));
          access[0] = new ClientAccess(ids[2], clientId, Relationship.PARENT);
          em.persist(access[0]);
          return null;
        });
    parentAccess = access[0];
    client = portal(ids[1], "jo@example.org");
    parent = portal(ids[2], "mum@example.org");
    packetId = db.inTenant(tenant, () -> packets.createPacket(admin, "Adult intake").id());
  }

  static Caller portal(UUID accountId, String email) {
    return new Caller(accountId, Caller.Kind.PORTAL, email, Set.of(), Set.of());
  }

  <T> T in(org.foyer.persistence.UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  List<PacketItem> items() {
    return in(() -> packets.listItems(admin, packetId));
  }

  PacketItem item(String formKey) {
    return items().stream().filter(i -> i.formKey().equals(formKey)).findFirst().orElseThrow();
  }

  /** A second client, with no portal login. */
  UUID anotherClient(String first) {
    return in(() ->
            records.create(
                admin,
                new ClientDetails(
                    first,
                    "Other",
                    null,
                    null,
                    LocalDate.of(1980, 1, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)))
        .id();
  }

  List<OutboxMessage> mail() {
    return in(outbox::listRecent);
  }

  /** Sends one pack form of the default pack on its own and returns the assigned form's id. */
  UUID send(String formKey) {
    UUID assignment =
        in(() -> sending.sendForm(admin, clientId, "pack:foyer-default:" + formKey)).assignmentId();
    return in(
        () ->
            em.createQuery("SELECT f.id FROM AssignedForm f WHERE f.assignmentId = :a", UUID.class)
                .setParameter("a", assignment)
                .getSingleResult());
  }

  AssignedForm form(UUID id) {
    return in(() -> em.find(AssignedForm.class, id));
  }

  IntakePacket packet() {
    return in(() -> packets.getPacket(admin, packetId));
  }
}
