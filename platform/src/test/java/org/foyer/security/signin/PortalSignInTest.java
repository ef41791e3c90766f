package org.foyer.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.portal.PortalSettingsChange;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.events.RecordedEvents;
import org.foyer.persistence.TestDatabase;
import org.foyer.portal.account.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.TenantId;
import org.foyer.tenancy.TenantSlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portal sign-in, and the practice switching its client portal off. */
class PortalSignInTest {

  static final TestDatabase db = TestDatabase.get();
  static final String PASSWORD = "amber-pier-lantern-52";
  static final Caller ADMINISTRATOR =
      new Caller(
          UUID.randomUUID(),
          Caller.Kind.STAFF,
          "admin@example.org",
          Set.of(),
          EnumSet.allOf(Capability.class));

  final PortalSettingsService settings =
      new PortalSettingsService(db.entityManager(), new RecordedEvents<PortalSettingsChanged>());
  final PortalSignIn signIn = new PortalSignIn(db.entityManager(), settings, SampleKeys.MASTER_KEY);
  TenantId tenant;

  @BeforeEach
  void practiceWithAClientLogin() {
    Practice practice =
        new Practice(
            new TenantSlug("portal-" + UUID.randomUUID().toString().substring(0, 8)),
            "Portal Practice",
            "UTC",
            Instant.now());
    tenant = practice.tenantId();
    String hash = new PasswordHash(1000).hash(PASSWORD.toCharArray());
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().persist(practice);
          db.entityManager().flush();
          PortalAccount account = new PortalAccount("client@example.org", "Cleo Client");
          account.activate(hash);
          db.entityManager().persist(account);
          return null;
        });
  }

  Optional<FoyerPrincipal> check(String password) {
    return db.inTenant(
        tenant, () -> signIn.checkPassword("client@example.org", password.toCharArray()));
  }

  @Test
  void clientSignsInWithTheRightPasswordOnly() {
    assertThat(check(PASSWORD))
        .get()
        .extracting(FoyerPrincipal::kind)
        .isEqualTo(AccountKind.PORTAL);
    assertThat(check("wrong-password-entirely")).isEmpty();
  }

  @Test
  void switchingThePortalOffRefusesSignInAndEndsOpenSessions() {
    SignedIn open = SignedIn.of(tenant, check(PASSWORD).orElseThrow());
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(open))).isTrue();

    db.inTenant(
        tenant,
        () -> {
          PortalSettingsChange current = settings.current().asChange();
          settings.change(
              ADMINISTRATOR,
              new PortalSettingsChange(
                  false,
                  current.contactNetworkEnabled(),
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

    assertThat(check(PASSWORD)).isEmpty();
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(open))).isFalse();
  }
}
