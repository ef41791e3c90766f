package org.foyer.portal.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.portal.account.PortalAccountStatus;
import org.foyer.portal.account.PortalLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portal logins as invitations and signing in change them, within one practice. */
class PortalAccountsTest {

  static final TestDatabase db = TestDatabase.get();

  final PortalAccounts accounts = new PortalAccounts(db.entityManager());
  TenantId tenant;
  PortalLogin opened;

  @BeforeEach
  void invitedLogin() {
    tenant = ClientLoginsTest.practice("accounts");
    opened = db.inTenant(tenant, () -> accounts.open(" Casey@Example.org ", "casey"));
  }

  @Test
  void anOpenedLoginWaitsForItsPasswordAndCannotSignIn() {
    assertThat(opened.email()).isEqualTo("casey@example.org");
    assertThat(opened.status()).isEqualTo(PortalAccountStatus.INVITED);
    assertThat(db.inTenant(tenant, () -> accounts.findByEmail("CASEY@example.org")))
        .map(SignInAccount::canSignIn)
        .contains(false);
  }

  @Test
  void activatingNamesTheLoginAndLetsItSignIn() {
    PortalLogin active =
        db.inTenant(tenant, () -> accounts.activate(opened.id(), " Casey Brooks ", "hash"));

    assertThat(active.displayName()).isEqualTo("Casey Brooks");
    assertThat(active.canSignIn()).isTrue();
    SignInAccount account = db.inTenant(tenant, () -> accounts.findById(opened.id())).orElseThrow();
    assertThat(account.passwordHash()).contains("hash");
    assertThat(account.roles()).isEmpty();
  }

  @Test
  void aNameThatDoesNotFitIsRefusedAndNothingChanges() {
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> accounts.activate(opened.id(), "x".repeat(121), "h")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(db.inTenant(tenant, () -> accounts.findLogin(opened.id())))
        .map(PortalLogin::status)
        .contains(PortalAccountStatus.INVITED);
  }

  @Test
  void removingTheAuthenticatorForgetsIt() {
    db.inTenant(
        tenant,
        () -> {
          accounts.activate(opened.id(), "Casey", "hash");
          accounts.findTotpHolder(opened.id()).orElseThrow().enrollTotp("sealed", List.of("h1"));
          return null;
        });
    assertThat(db.inTenant(tenant, () -> accounts.findById(opened.id())).orElseThrow().hasTotp())
        .isTrue();

    db.inTenant(
        tenant,
        () -> {
          accounts.removeTotp(opened.id());
          return null;
        });

    assertThat(db.inTenant(tenant, () -> accounts.findById(opened.id())).orElseThrow().hasTotp())
        .isFalse();
  }

  @Test
  void anotherPracticesLoginIsNotFound() {
    TenantId other = ClientLoginsTest.practice("other");

    assertThat(db.inTenant(other, () -> accounts.findLogin("casey@example.org"))).isEmpty();
    assertThat(db.inTenant(other, () -> accounts.findById(opened.id()))).isEmpty();
    assertThat(db.inTenant(other, () -> accounts.findTotpHolder(opened.id()))).isEmpty();
    assertThat(db.inTenant(tenant, () -> accounts.findLogin(UUID.randomUUID()))).isEmpty();
  }
}
