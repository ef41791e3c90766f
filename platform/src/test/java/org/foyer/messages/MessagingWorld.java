package org.foyer.messages;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.preferences.PreferencesChanged;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.roles.entity.CustomRole;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.MovableClock;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.fixtures.SampleLogins;
import org.foyer.fixtures.SamplePractices;
import org.foyer.messages.boundary.ConversationChanges;
import org.foyer.messages.boundary.ConversationLists;
import org.foyer.messages.boundary.ConversationTriage;
import org.foyer.messages.boundary.MessageDrafts;
import org.foyer.messages.boundary.MessageRetractions;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.boundary.MessagingRules;
import org.foyer.messages.control.DraftSeal;
import org.foyer.messages.control.MessageNotices;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.settings.MessagingSettingsService;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.GuardianPrivacy;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.activity.ClientActivity;
import org.foyer.security.signin.SampleKeys;

/**
 * A practice for messaging tests: a therapist who is Jo's clinician, a second therapist, front desk
 * without and an administrator with "read all client messages", Jo (an adult) with her own login,
 * and Sam (15) with his own login and a parent's; every service built on the test database.
 */
final class MessagingWorld {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  final MovableClock clock = new MovableClock(NOW);
  final EntityManager em = db.entityManager();
  final AuditLog audit = new AuditLog(em, clock);
  final PortalSettingsService settings =
      new PortalSettingsService(em, new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  final StaffDirectory staff = new StaffDirectory(em);
  final ClientRecords records = new ClientRecords(em, audit, Inputs.standalone(), staff, clock);
  final ContactNetwork network = new ContactNetwork(em, settings, records);
  final ClientLogins logins = new ClientLogins(em);
  final GuardianPrivacy privacy = new GuardianPrivacy(records, settings, clock);

  /** Reacts to each notice as the container's observers would; set by tests that queue mail. */
  Consumer<MessageNoticesDue> onNotices = due -> {};

  final RecordedEvents<MessageNoticesDue> mailed =
      new RecordedEvents<>(due -> onNotices.accept(due));
  final MessageSeal seal = new MessageSeal(new DocumentVault(em, SampleKeys.MASTER_KEY, clock));
  final MessagingSettingsService messagingSettings = new MessagingSettingsService(em, audit, clock);
  final MessagingRules rules = new MessagingRules(em, messagingSettings, seal, audit);
  final Messaging messaging =
      new Messaging(
          em,
          audit,
          seal,
          records,
          network,
          logins,
          privacy,
          staff,
          new StaffPreferences(em, staff, null, null, new RecordedEvents<PreferencesChanged>()),
          new MessageNotices(em, mailed),
          Inputs.standalone(),
          rules,
          clock);
  final ConversationLists lists = new ConversationLists(em, messaging, seal, records);
  final MessageRetractions retractions = new MessageRetractions(em, messaging, audit, clock);
  final MessageDrafts drafts =
      new MessageDrafts(
          em,
          messaging,
          new DraftSeal(new DocumentVault(em, SampleKeys.MASTER_KEY, clock)),
          Inputs.standalone(),
          clock);
  final ConversationChanges changes =
      new ConversationChanges(em, messaging, lists, seal, audit, clock);
  final ConversationTriage triaging =
      new ConversationTriage(
          em, messaging, seal, staff, new StaffPermissions(em, new RoleStore(em)), audit, clock);

  final ClientActivity activity =
      new ClientActivity(
          staff,
          audit,
          network,
          new GeneralDocuments(
              em,
              audit,
              new DocumentVault(em, SampleKeys.MASTER_KEY, clock),
              records,
              network,
              clock),
          logins,
          (client, forms) -> Set.of(),
          lists);

  final TenantId tenant;
  final Caller admin;
  final Caller therapist;
  final Caller otherTherapist;
  final Caller desk;
  final Caller triage;
  final UUID jo;
  final Caller joLogin;
  final UUID sam;
  final Caller samLogin;
  final Caller samParent;
  final ClientAccess samParentLink;

  MessagingWorld(String prefix) {
    tenant = SamplePractices.create(db, prefix, "America/Chicago", NOW);
    admin = SampleCallers.administrator("admin@example.org");
    therapist = staffMember("rae@example.org", "Dr. Rae Lin", StaffRole.THERAPIST, Set.of());
    otherTherapist = staffMember("ann@example.org", "Ann Holt", StaffRole.THERAPIST, Set.of());
    desk = staffMember("desk@example.org", "Dee Desk", StaffRole.FRONT_DESK, Set.of());
    triage =
        staffMember(
            "triage@example.org",
            "Tia Triage",
            StaffRole.FRONT_DESK,
            EnumSet.of(Capability.READ_ALL_CLIENT_MESSAGES));
    // Held in the database too, where assignments look colleagues' capabilities up.
    in(
        () -> {
          CustomRole role =
              new CustomRole("Message triage", Set.of(Capability.READ_ALL_CLIENT_MESSAGES));
          em.persist(role);
          em.flush();
          new RoleStore(em).assignExactly(triage.accountId(), Set.of(role.id()));
          return null;
        });
    jo = client("Jo", LocalDate.of(1990, 5, 1));
    joLogin = login(jo, "jo@example.org", "Jo Rivera", Relationship.SELF);
    sam = client("Sam", LocalDate.of(2011, 3, 1));
    samLogin = login(sam, "sam@example.org", "Sam Rivera", Relationship.SELF);
    samParent = login(sam, "maria@example.org", "Maria Rivera", Relationship.PARENT);
    samParentLink = in(() -> link(sam, samParent.accountId()));
  }

  <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  Caller staffMember(String email, String name, StaffRole role, Set<Capability> capabilities) {
    UUID id =
        in(
            () -> {
              StaffMember member = new StaffMember(email, name, role);
              member.activate("hash");
              em.persist(member);
              em.flush();
              return member.id();
            });
    return new Caller(id, Caller.Kind.STAFF, email, Set.of(), capabilities);
  }

  UUID client(String first, LocalDate born) {
    return in(() ->
            records.create(
                admin,
                SampleClients.with(
                    SampleClients.minimal(first, "Rivera", born),
                    "clinicianId",
                    therapist.accountId())))
        .id();
  }

  Caller login(UUID clientId, String email, String name, Relationship relationship) {
    return in(() -> SampleLogins.linked(em, clientId, email, name, relationship));
  }

  ClientAccess link(UUID clientId, UUID accountId) {
    return SampleLogins.link(em, clientId, accountId);
  }
}
