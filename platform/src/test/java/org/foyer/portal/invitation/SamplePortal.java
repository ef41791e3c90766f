package org.foyer.portal.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.MovableClock;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.portal.consent.ConsentGiven;
import org.foyer.portal.consent.ConsentTexts;
import org.foyer.portal.consent.ElectronicConsent;

/**
 * A practice with an adult client and two children, staff callers, and the invitation service wired
 * over the shared test database with recorded events and a clock the test moves.
 */
public final class SamplePortal {

  public static final TestDatabase db = TestDatabase.get();
  public static final Instant START = Instant.parse("2026-11-27T15:00:00Z");
  public static final LocalDate ADULT_BORN = LocalDate.of(1987, 3, 14);
  public static final LocalDate ELLA_BORN = LocalDate.of(2014, 2, 20);
  public static final LocalDate THEO_BORN = LocalDate.of(2017, 7, 8);

  public final TenantId tenant;
  public final String slug;
  public final UUID adult;
  public final UUID ella;
  public final UUID theo;
  public final Caller inviter =
      SampleCallers.staff(
          "desk@example.org", EnumSet.of(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS));
  public final Caller administrator = SampleCallers.administrator("admin@example.org");
  public final Caller therapist =
      SampleCallers.staff("therapist@example.org", EnumSet.of(Capability.UPLOAD_GENERAL_DOCUMENTS));

  public final MovableClock clock = new MovableClock(START);

  public final AuditLog audit = new AuditLog(db.entityManager(), clock);
  public final PortalSettingsService settings =
      new PortalSettingsService(
          db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  public final ClientRecords records =
      new ClientRecords(
          db.entityManager(),
          audit,
          Inputs.standalone(),
          new StaffDirectory(db.entityManager()),
          clock);
  public ElectronicConsent consent =
      new ElectronicConsent(db.entityManager(), audit, ConsentTexts.shipped(), clock);
  public final RecordedEvents<ClientInvited> invited = new RecordedEvents<>();
  public final RecordedEvents<ClientProfileAdded> added = new RecordedEvents<>();

  public SamplePortal() {
    Practice practice =
        new Practice(
            new TenantSlug("invite-" + UUID.randomUUID().toString().substring(0, 8)),
            "Harbor Light Counseling",
            "America/Chicago",
            START);
    tenant = practice.tenantId();
    slug = practice.slug().value();
    UUID[] ids =
        db.inTenant(
            tenant,
            () -> {
              db.entityManager().persist(practice);
              db.entityManager().flush();
              return new UUID[] {
                client("Jordan", "Avery", ADULT_BORN, false),
                client("Ella", "Brooks", ELLA_BORN, true),
                client("Theo", "Brooks", THEO_BORN, true)
              };
            });
    adult = ids[0];
    ella = ids[1];
    theo = ids[2];
  }

  private static UUID client(String first, String last, LocalDate born, boolean minor) {
    Client client = new Client(first, last, born, minor);
    db.entityManager().persist(client);
    return client.id();
  }

  public ClientInvitations invitations() {
    return new ClientInvitations(
        db.entityManager(),
        records,
        new PortalAccounts(db.entityManager()),
        new ClientLogins(db.entityManager()),
        audit,
        settings,
        consent,
        invited,
        added,
        clock);
  }

  public <T> T in(UnitOfWork.UncheckedWork<T> work) {
    return db.inTenant(tenant, work);
  }

  public void run(Runnable work) {
    in(
        () -> {
          work.run();
          return null;
        });
  }

  /** The token of the last invitation emailed, as the link in the email carries it. */
  public String lastToken() {
    String path = invited.last().acceptPath();
    return path.substring(path.indexOf("token=") + "token=".length());
  }

  public void advance(Duration duration) {
    clock.advance(duration);
  }

  public ConsentGiven consentShown() {
    return new ConsentGiven(consent.currentVersion(), "en", "203.0.113.9", "Phone Browser/1.0");
  }

  /** Saves the portal settings with one thing changed. */
  public void changeSettings(UnaryOperator<PortalSettingsChange> edit, ClientOutreach outreach) {
    run(
        () ->
            settings.change(
                administrator,
                edit.apply(settings.getSettings(administrator).asChange()),
                outreach));
  }

  /** A copy of the change with the portal (and the Contact Network) switched as given. */
  public static PortalSettingsChange switches(
      PortalSettingsChange c, boolean portal, boolean network) {
    return new PortalSettingsChange(
        portal,
        network,
        c.displayName(),
        c.brandColour(),
        c.welcomeMessage(),
        c.sessionTimeoutMinutes(),
        c.staffMfaPolicy(),
        c.clientMfa(),
        c.selfScheduling(),
        c.cancellationWindowHours(),
        c.onlinePaymentsEnabled());
  }
}
