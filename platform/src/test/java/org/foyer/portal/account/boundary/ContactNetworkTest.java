package org.foyer.portal.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A parent with two children, another family, and a second practice, probed as the parent. */
class ContactNetworkTest {

  static final TestDatabase db = TestDatabase.get();

  final PortalSettingsService settings =
      new PortalSettingsService(
          db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  final ContactNetwork network =
      new ContactNetwork(
          db.entityManager(),
          settings,
          new ClientRecords(
              db.entityManager(),
              new AuditLog(db.entityManager(), Clock.systemUTC()),
              Inputs.standalone(),
              new StaffDirectory(db.entityManager()),
              Clock.systemUTC()));
  static final Caller ADMINISTRATOR = SampleCallers.administrator("admin@example.org");
  TenantId tenant;
  Caller parent;
  UUID ella;
  UUID theo;
  UUID strangersChild;
  ClientAccess theoAccess;

  @BeforeEach
  void family() {
    Practice practice =
        new Practice(
            new TenantSlug("network-" + suffix()), "Network Practice", "UTC", Instant.now());
    tenant = practice.tenantId();
    db.inTenant(
        tenant,
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          PortalAccount parentLogin = login(em, "parent@example.org");
          PortalAccount stranger = login(em, "stranger@example.org");
          ella = child(em, "Ella", parentLogin, Relationship.PARENT).clientId();
          theoAccess = child(em, "Theo", parentLogin, Relationship.GUARDIAN);
          theo = theoAccess.clientId();
          strangersChild = child(em, "Zed", stranger, Relationship.PARENT).clientId();
          parent = SampleCallers.portal(parentLogin.id(), parentLogin.email());
          return null;
        });
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static PortalAccount login(EntityManager em, String email) {
    PortalAccount account = new PortalAccount(email, email);
    account.activate("hash");
    em.persist(account);
    em.flush();
    return account;
  }

  static ClientAccess child(
      EntityManager em, String name, PortalAccount login, Relationship relationship) {
    Client client = new Client(name, "Brooks", LocalDate.of(2015, 1, 1), true);
    em.persist(client);
    em.flush();
    ClientAccess access = new ClientAccess(login.id(), client.id(), relationship);
    em.persist(access);
    return access;
  }

  @Test
  void parentSeesBothChildrenAndNobodyElse() {
    assertThat(db.inTenant(tenant, () -> network.listProfiles(parent)))
        .extracting(ClientProfile::label)
        .containsExactly("Ella Brooks (Parent)", "Theo Brooks (Legal guardian)");
  }

  @Test
  void anotherFamilysChildIsNotFound() {
    assertThatThrownBy(() -> db.inTenant(tenant, () -> network.getProfile(parent, strangersChild)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void revokedAccessEndsAtOnce() {
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().find(ClientAccess.class, theoAccess.id()).revoke(Instant.now());
          return null;
        });
    assertThat(db.inTenant(tenant, () -> network.listProfiles(parent)))
        .extracting(ClientProfile::clientId)
        .containsExactly(ella);
    assertThatThrownBy(() -> db.inTenant(tenant, () -> network.getProfile(parent, theo)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anotherPracticeSeesNoneOfThisFamily() {
    Practice other =
        new Practice(new TenantSlug("elsewhere-" + suffix()), "Elsewhere", "UTC", Instant.now());
    db.inTenant(
        other.tenantId(),
        () -> {
          db.entityManager().persist(other);
          return null;
        });
    assertThat(db.inTenant(other.tenantId(), () -> network.listProfiles(parent))).isEmpty();
    assertThatThrownBy(() -> db.inTenant(other.tenantId(), () -> network.getProfile(parent, ella)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void switchingTheContactNetworkOffLeavesOnlyALoginsOwnProfile() {
    db.inTenant(
        tenant,
        () -> {
          PortalSettingsChange current = settings.getSettings(ADMINISTRATOR).asChange();
          settings.change(
              ADMINISTRATOR,
              new PortalSettingsChange(
                  current.portalEnabled(),
                  false,
                  current.displayName(),
                  current.brandColour(),
                  current.welcomeMessage(),
                  current.sessionTimeoutMinutes(),
                  current.staffMfaPolicy(),
                  current.clientMfa(),
                  current.selfScheduling(),
                  current.cancellationWindowHours(),
                  current.onlinePaymentsEnabled()));
          return null;
        });
    assertThat(db.inTenant(tenant, () -> network.listProfiles(parent))).isEmpty();
    assertThatThrownBy(() -> db.inTenant(tenant, () -> network.getProfile(parent, ella)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void staffAndAnonymousCallersHaveNoProfiles() {
    Caller staff =
        new Caller(parent.accountId(), Caller.Kind.STAFF, "x@example.org", Set.of(), Set.of());
    assertThat(db.inTenant(tenant, () -> network.listProfiles(staff))).isEmpty();
    assertThat(db.inTenant(tenant, () -> network.listProfiles(Caller.ANONYMOUS))).isEmpty();
  }
}
