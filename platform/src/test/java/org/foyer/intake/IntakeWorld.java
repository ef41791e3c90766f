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
import org.foyer.admin.forms.boundary.FormChanged;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketChanged;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.admin.packets.control.PacketPackUsage;
import org.foyer.admin.packs.PackChanged;
import org.foyer.admin.packs.PackLibrary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleClients;
import org.foyer.intake.boundary.IntakeSending;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeFacts;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.intake.entity.PdfReady;
import org.foyer.intake.filling.boundary.FormFilling;
import org.foyer.intake.review.boundary.SubmissionReview;
import org.foyer.intake.review.control.PdfHeadings;
import org.foyer.intake.signing.control.SignerNotices;
import org.foyer.intake.signing.entity.SignatureAwaited;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.portal.consent.ElectronicConsent;

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
  final PracticeForms forms =
      new PracticeForms(em, new RecordedEvents<FormChanged>(), Clock.systemUTC());
  final PracticePacks packs =
      new PracticePacks(
          em,
          library,
          new PacketPackUsage(em),
          new RecordedEvents<PackChanged>(),
          Clock.systemUTC());
  final IntakePackets packets =
      new IntakePackets(em, packs, forms, new RecordedEvents<PacketChanged>(), Clock.systemUTC());
  final PortalSettingsService settings =
      new PortalSettingsService(em, new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  final ClientRecords records =
      new ClientRecords(em, audit, Inputs.standalone(), new StaffDirectory(em), clock);
  final ContactNetwork network = new ContactNetwork(em, settings, records);
  final ClientLogins logins = new ClientLogins(em);
  final Outbox outbox = new Outbox(db.unitOfWork(), clock);
  final MailSettings mail = MailSettings.read(name -> Optional.empty());
  final PortalNotices notices =
      new PortalNotices(
          outbox, mail, logins, new ElectronicConsent(em, audit, Clock.systemUTC()), em);
  final IntakeEngine engine = new IntakeEngine(packs);
  final IntakeFacts facts = new IntakeFacts(em, records, logins, clock);
  final PdfHeadings headings = new PdfHeadings(em, records, logins);
  final IntakeSending sending =
      new IntakeSending(
          em,
          records,
          packets,
          new FormPinning(packs, forms),
          notices,
          audit,
          new ContactLinks(em),
          clock);

  final RecordedEvents<FormSubmitted> submitted = new RecordedEvents<>();
  final GeneralDocuments documents =
      new GeneralDocuments(
          em,
          audit,
          new DocumentVault(em, IntakeWithDocumentsAndInvitationsTest.masterKey(), clock),
          records,
          network,
          clock);
  final RecordedEvents<SignatureAwaited> awaited =
      new RecordedEvents<>(new SignerNotices(em, notices, clock)::onAwaited);
  final FormFilling filling =
      new FormFilling(
          em, records, network, engine, facts, audit, submitted, awaited, documents, clock);

  final RecordedEvents<PdfReady> pdfs = new RecordedEvents<>();
  final SubmissionReview review =
      new SubmissionReview(em, engine, records, headings, audit, pdfs, clock);

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
                    SampleClients.with(
                        SampleClients.complete("Jo", "Rivera", LocalDate.of(1990, 5, 1)),
                        "clinicianId",
                        clinicianId)));
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

  <T> T in(org.foyer.core.persistence.UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  List<PacketItemSummary> items() {
    return in(() -> packets.listItems(admin, packetId));
  }

  PacketItemSummary item(String formKey) {
    return items().stream().filter(i -> i.formKey().equals(formKey)).findFirst().orElseThrow();
  }

  /** A second client, with no portal login. */
  UUID anotherClient(String first) {
    return in(() ->
            records.create(admin, SampleClients.minimal(first, "Other", LocalDate.of(1980, 1, 1))))
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

  PacketSummary packet() {
    return in(() -> packets.getPacket(admin, packetId));
  }
}
