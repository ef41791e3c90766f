package org.foyer.portal.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.signin.SampleKeys;

/**
 * A practice of its own in the test database, with the services that write a client's trail
 * (records, contacts, documents, the audit log) on one fixed clock: for tests of what the trail
 * tells, the client's own activity and the practice's access history.
 */
public final class TrailPractice {

  public static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final TestDatabase db = TestDatabase.get();

  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final AuditLog audit = new AuditLog(db.entityManager(), clock);
  public final StaffDirectory staff = new StaffDirectory(db.entityManager());
  public final ClientRecords records =
      new ClientRecords(db.entityManager(), audit, Inputs.standalone(), staff, clock);
  public final ContactNetwork network =
      new ContactNetwork(
          db.entityManager(),
          new PortalSettingsService(
              db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), clock),
          records);
  public final GeneralDocuments documents =
      new GeneralDocuments(
          db.entityManager(),
          audit,
          new DocumentVault(db.entityManager(), SampleKeys.MASTER_KEY, clock),
          records,
          network,
          clock);
  public final TenantId tenant;

  /** A new practice, its slug starting {@code slugPrefix}, with these members of staff. */
  public TrailPractice(String slugPrefix, StaffMember... members) {
    Practice practice =
        new Practice(
            new TenantSlug(slugPrefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Trail Practice",
            "UTC",
            NOW);
    tenant = practice.tenantId();
    in(
        () -> {
          db.entityManager().persist(practice);
          db.entityManager().flush();
          for (StaffMember member : members) {
            db.entityManager().persist(member);
          }
          return null;
        });
  }

  public <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  /** A client "{first} Rivera", born in 1990, whose record {@code by} creates. */
  public UUID client(Caller by, String first) {
    return in(
        () ->
            records
                .create(by, SampleClients.minimal(first, "Rivera", LocalDate.of(1990, 5, 1)))
                .id());
  }

  /** A portal login acting for the client. */
  public Caller login(String email, String name, UUID client, Relationship relationship) {
    return in(
        () -> {
          PortalAccount account = new PortalAccount(email, name);
          account.activate("hash");
          db.entityManager().persist(account);
          db.entityManager().flush();
          db.entityManager().persist(new ClientAccess(account.id(), client, relationship));
          return SampleCallers.portal(account.id(), email);
        });
  }

  /** An intake packet PDF the system files in the client's documents for {@code by}. */
  public DocumentSummary file(UUID client, String fileName, String by) {
    return in(
        () ->
            documents.fileGenerated(
                client,
                DocumentKind.INTAKE_PACKET,
                "Intake packet",
                fileName,
                "application/pdf",
                PDF,
                by));
  }
}
