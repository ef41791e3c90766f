package org.foyer.security.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.control.PortalSignIn.Removal;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portal sign-in: password, the optional or required authenticator, and a closed portal. */
class PortalSignInTest {

  static final TestDatabase db = TestDatabase.get();
  static final String PASSWORD = "amber-pier-lantern-52";
  static final Caller ADMINISTRATOR = SampleCallers.administrator("admin@example.org");

  final PortalSettingsService settings =
      new PortalSettingsService(
          db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC());
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final PortalSignIn signIn =
      new PortalSignIn(db.entityManager(), settings, SampleKeys.MASTER_KEY, clock);
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

  UUID accountId() {
    return check(PASSWORD).orElseThrow().accountId();
  }

  void clientMfa(ClientMfa policy) {
    db.inTenant(
        tenant,
        () -> {
          PortalSettingsChange c = settings.getSettings(ADMINISTRATOR).asChange();
          settings.change(
              ADMINISTRATOR,
              new PortalSettingsChange(
                  c.portalEnabled(),
                  c.contactNetworkEnabled(),
                  c.displayName(),
                  c.brandColour(),
                  c.welcomeMessage(),
                  c.sessionTimeoutMinutes(),
                  c.staffMfaPolicy(),
                  policy,
                  c.selfScheduling(),
                  c.cancellationWindowHours(),
                  c.onlinePaymentsEnabled()));
          return null;
        });
  }

  String codeFor(TotpSecret secret) {
    Totp totp = new Totp(clock);
    return totp.codeAt(secret, totp.currentStep());
  }

  @Test
  void withoutAnAuthenticatorAndOptionalMfaThePasswordIsEnough() {
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.NONE);
  }

  @Test
  void whenThePracticeRequiresClientMfaALoginWithoutOneMustEnrol() {
    clientMfa(ClientMfa.REQUIRED);
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.ENROLL);
    clientMfa(ClientMfa.OPTIONAL);
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.NONE);
  }

  @Test
  void enrollingNeedsAWorkingCodeThenSignInAsksForCodesAndRecoveryCodesWorkOnce() {
    UUID id = accountId();
    TotpSecret secret = TotpSecret.generate();
    assertThat(db.inTenant(tenant, () -> signIn.enroll(id, secret.toBase32(), "000000x")))
        .isEmpty();
    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isFalse();

    List<String> recovery =
        db.inTenant(tenant, () -> signIn.enroll(id, secret.toBase32(), codeFor(secret)))
            .orElseThrow();

    assertThat(recovery).hasSize(10);
    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isTrue();
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.CODE);
    // The code that proved the enrolment cannot be replayed.
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, codeFor(secret)))).isFalse();
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, recovery.get(0)))).isTrue();
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, recovery.get(0)))).isFalse();
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, "123456"))).isFalse();
    String sealed =
        db.inTenant(
            tenant,
            () ->
                db.entityManager().find(PortalAccount.class, id).totpSecretSealed().orElseThrow());
    assertThat(sealed).doesNotContain(secret.toBase32());
  }

  @Test
  void anotherAccountsIdOrAnUnknownOneHasNoSecondFactor() {
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(UUID.randomUUID(), "123456")))
        .isFalse();
    assertThat(
            db.inTenant(
                tenant,
                () -> signIn.enroll(UUID.randomUUID(), TotpSecret.generate().toBase32(), "1")))
        .isEmpty();
  }

  @Test
  void switchingThePortalOffRefusesSignInAndEndsOpenSessions() {
    SignedIn open = check(PASSWORD).orElseThrow().signedIn(tenant);
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(open))).isTrue();

    db.inTenant(
        tenant,
        () -> {
          PortalSettingsChange current = settings.getSettings(ADMINISTRATOR).asChange();
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

  List<String> enrolled(UUID id, TotpSecret secret) {
    return db.inTenant(tenant, () -> signIn.enroll(id, secret.toBase32(), codeFor(secret)))
        .orElseThrow();
  }

  Removal removal(UUID id, String code) {
    return db.inTenant(tenant, () -> signIn.removeSecondFactor(id, code));
  }

  @Test
  void aCurrentCodeTurnsTheAuthenticatorOffAndThePasswordIsEnoughAgain() {
    UUID id = accountId();
    TotpSecret secret = TotpSecret.generate();
    enrolled(id, secret);
    // One step later, so the code is not the one the enrolment already spent.
    Clock later = Clock.offset(clock, Duration.ofSeconds(30));
    PortalSignIn laterSignIn =
        new PortalSignIn(db.entityManager(), settings, SampleKeys.MASTER_KEY, later);
    Totp totp = new Totp(later);
    String code = totp.codeAt(secret, totp.currentStep());

    assertThat(db.inTenant(tenant, () -> laterSignIn.removeSecondFactor(id, " " + code + " ")))
        .isEqualTo(Removal.REMOVED);

    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isFalse();
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.NONE);
    PortalAccount stored =
        db.inTenant(tenant, () -> db.entityManager().find(PortalAccount.class, id));
    assertThat(stored.totpSecretSealed()).isEmpty();
    assertThat(stored.recoveryCodeHashes()).isEmpty();
    assertThat(removal(id, code)).isEqualTo(Removal.NOT_ENROLLED);
  }

  @Test
  void aRecoveryCodeTurnsItOffButASpentOneDoesNot() {
    UUID id = accountId();
    List<String> recovery = enrolled(id, TotpSecret.generate());
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, recovery.get(0)))).isTrue();

    assertThat(removal(id, recovery.get(0))).isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, recovery.get(1))).isEqualTo(Removal.REMOVED);
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.NONE);
  }

  @Test
  void wrongBlankHostileOrReplayedCodesLeaveItOn() {
    UUID id = accountId();
    TotpSecret secret = TotpSecret.generate();
    enrolled(id, secret);

    assertThat(removal(id, codeFor(secret)))
        .as("the code the enrolment spent")
        .isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, "000000")).isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, "")).isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, null)).isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, "x".repeat(10_000))).isEqualTo(Removal.CODE_REFUSED);
    assertThat(removal(id, "1' OR '1'='1")).isEqualTo(Removal.CODE_REFUSED);
    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isTrue();
    assertThat(check(PASSWORD).orElseThrow().secondFactor()).isEqualTo(SecondFactor.CODE);
  }

  @Test
  void whileThePracticeRequiresClientMfaItStaysOnAndNoRecoveryCodeIsSpent() {
    UUID id = accountId();
    List<String> recovery = enrolled(id, TotpSecret.generate());
    clientMfa(ClientMfa.REQUIRED);
    assertThat(db.inTenant(tenant, () -> signIn.isSecondFactorRequired())).isTrue();

    assertThat(removal(id, recovery.get(0))).isEqualTo(Removal.REQUIRED_BY_PRACTICE);

    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isTrue();
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(id, recovery.get(0)))).isTrue();
  }

  @Test
  void anotherPracticeOrAnUnknownIdCannotTurnALoginsAuthenticatorOff() {
    UUID id = accountId();
    List<String> recovery = enrolled(id, TotpSecret.generate());
    Practice other =
        new Practice(
            new TenantSlug("other-" + UUID.randomUUID().toString().substring(0, 8)),
            "Other Practice",
            "UTC",
            Instant.now());
    db.inTenant(
        other.tenantId(),
        () -> {
          db.entityManager().persist(other);
          return null;
        });

    assertThat(db.inTenant(other.tenantId(), () -> signIn.removeSecondFactor(id, recovery.get(0))))
        .isEqualTo(Removal.NOT_ENROLLED);
    assertThat(removal(UUID.randomUUID(), recovery.get(0))).isEqualTo(Removal.NOT_ENROLLED);
    assertThat(db.inTenant(tenant, () -> signIn.hasSecondFactor(id))).isTrue();
  }
}
