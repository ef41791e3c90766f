package org.foyer.security.reset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.MovableClock;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.WeakPassword;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.signin.control.AccountSessions;
import org.foyer.security.signin.control.PortalSignIn;
import org.foyer.security.signin.control.StaffSignIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
import org.foyer.security.throttle.SignInThrottle;
import org.foyer.security.totp.TotpSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password reset by email against the real database: every rule and every dead link. */
class PasswordResetsTest {

  static final TestDatabase db = TestDatabase.get();
  static final String OLD = "gentle-orchard-lamp-37";
  static final String NEW = "copper-heron-valley-82";
  static final String ADDRESS = "203.0.113.7";

  final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T07:00:00Z"));
  final PasswordHash hashes = new PasswordHash(1000);
  final SignInThrottle throttle = new SignInThrottle(clock);
  final RecordedEvents<PasswordResetIssued> issued = new RecordedEvents<>();
  final RecordedEvents<PasswordResetForUnknownEmail> unknown = new RecordedEvents<>();
  StaffSignIn staff;
  PortalSignIn portal;
  PasswordResets resets;
  Practice practice;
  TenantId tenant;
  UUID clientId;
  UUID adminId;

  @BeforeEach
  void practiceWithAClientAndAnAdministratorWithAnAuthenticator() {
    EntityManager em = db.entityManager();
    staff = new StaffSignIn(em, SampleKeys.MASTER_KEY, clock);
    portal =
        new PortalSignIn(
            em,
            new PortalSettingsService(
                em, new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC()),
            SampleKeys.MASTER_KEY,
            clock);
    resets =
        new PasswordResets(
            em,
            new AccountSessions(staff, portal),
            new AuditLog(em, clock),
            throttle,
            issued,
            unknown,
            clock,
            hashes);
    practice = practice("reset");
    tenant = practice.tenantId();
    String hash = hashes.hash(OLD.toCharArray());
    db.inTenant(
        tenant,
        () -> {
          PortalAccount client = new PortalAccount("cleo@example.org", "Cleo Client");
          client.activate(hash);
          em.persist(client);
          StaffMember admin =
              new StaffMember("ada@example.org", "Ada Admin", StaffRole.ADMINISTRATOR);
          admin.activate(hash);
          em.persist(admin);
          em.flush();
          clientId = client.id();
          adminId = admin.id();
          staff.enrollKnownSecret(adminId, TotpSecret.generate());
          return null;
        });
  }

  Practice practice(String prefix) {
    Practice created =
        new Practice(
            new TenantSlug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Harbor Light Counseling",
            "America/Chicago",
            clock.instant());
    db.inTenant(
        created.tenantId(),
        () -> {
          db.entityManager().persist(created);
          return null;
        });
    return created;
  }

  void request(String email) {
    request(email, ADDRESS);
  }

  void request(String email, String address) {
    db.inTenant(
        tenant,
        () -> {
          resets.request(email, address);
          return null;
        });
  }

  String linkFor(String email) {
    request(email);
    String path = issued.last().resetPath();
    return path.substring(path.indexOf("token=") + "token=".length());
  }

  void reset(String token, String password) {
    reset(tenant, token, password, password);
  }

  void reset(TenantId in, String token, String password, String confirmation) {
    db.inTenant(
        in, () -> resets.reset(token, password.toCharArray(), confirmation.toCharArray(), ADDRESS));
  }

  Optional<FoyerPrincipal> signIn(String email, String password) {
    return db.inTenant(
        tenant,
        () ->
            email.startsWith("ada")
                ? staff.checkPassword(email, password.toCharArray())
                : portal.checkPassword(email, password.toCharArray()));
  }

  int epochOf(UUID client) {
    return db.inTenant(
        tenant, () -> db.entityManager().find(PortalAccount.class, client).sessionEpoch());
  }

  void assertRefused(String token, String message) {
    assertThatThrownBy(() -> db.inTenant(tenant, () -> resets.check(token)))
        .isInstanceOf(ResetRefused.class)
        .hasMessage(message);
    assertThatThrownBy(() -> reset(token, NEW))
        .isInstanceOf(ResetRefused.class)
        .hasMessage(message);
  }

  @Test
  void aClientChoosesANewPasswordAndEverySessionEnds() {
    int epoch = epochOf(clientId);
    String token = linkFor(" Cleo@Example.org ");

    PasswordResetIssued mail = issued.last();
    assertThat(mail.email()).isEqualTo("cleo@example.org");
    assertThat(mail.displayName()).isEqualTo("Cleo Client");
    assertThat(mail.resetPath()).startsWith("/p/" + practice.slug().value() + "/reset-password?");
    assertThat(mail.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
    assertThat(InvitationToken.isWellFormed(token)).isTrue();
    assertThat(db.inTenant(tenant, () -> resets.check(token)).kind()).isEqualTo(AccountKind.PORTAL);

    reset(token, NEW);

    assertThat(signIn("cleo@example.org", NEW)).isPresent();
    assertThat(signIn("cleo@example.org", OLD)).isEmpty();
    assertThat(epochOf(clientId)).isEqualTo(epoch + 1);
  }

  @Test
  void theTokenIsStoredOnlyAsItsHash() {
    String token = linkFor("cleo@example.org");

    String stored =
        db.inTenant(
            tenant,
            () ->
                db.entityManager()
                    .createQuery("SELECT r.tokenHash FROM PasswordReset r", String.class)
                    .getSingleResult());
    assertThat(stored).isEqualTo(new InvitationToken(token).hash()).isNotEqualTo(token);
  }

  @Test
  void staffStillNeedTheirSecondFactorAfterAReset() {
    reset(linkFor("ada@example.org"), NEW);

    assertThat(signIn("ada@example.org", NEW))
        .get()
        .extracting(FoyerPrincipal::secondFactor)
        .isEqualTo(SecondFactor.CODE);
  }

  @Test
  void knownAndUnknownEmailsGetTheSameAnswerAndOneMailEach() {
    request("cleo@example.org");
    request("nobody@example.org");

    assertThat(issued.fired()).hasSize(1);
    assertThat(unknown.fired()).hasSize(1);
    assertThat(unknown.last().email()).isEqualTo("nobody@example.org");
    assertThat(unknown.last().forgotPath())
        .isEqualTo("/p/" + practice.slug().value() + "/forgot-password");
  }

  @Test
  void malformedAndOversizedEmailsSendNothingAndThrowNothing() {
    request("not an email");
    request("x".repeat(5_000) + "@example.org");
    request(null);
    request("cleo@example.org\r\nBcc: victim@example.org");

    assertThat(issued.fired()).isEmpty();
    assertThat(unknown.fired()).isEmpty();
  }

  @Test
  void aLinkWorksOnce() {
    String token = linkFor("cleo@example.org");
    reset(token, NEW);

    assertRefused(token, ResetRefused.USED);
  }

  @Test
  void usingOneLinkSpendsTheAccountsOtherLinks() {
    String first = linkFor("cleo@example.org");
    String second = linkFor("cleo@example.org");

    reset(second, NEW);

    assertRefused(first, ResetRefused.USED);
  }

  @Test
  void aLinkExpiresAfterThirtyMinutes() {
    String token = linkFor("cleo@example.org");
    clock.advance(Duration.ofMinutes(30));

    assertRefused(token, ResetRefused.EXPIRED);
  }

  @Test
  void aLinkFromAnotherPracticeIsNotValidHere() {
    Practice other = practice("other");
    String token = linkFor("cleo@example.org");

    assertThatThrownBy(() -> db.inTenant(other.tenantId(), () -> resets.check(token)))
        .isInstanceOf(ResetRefused.class)
        .hasMessage(ResetRefused.NOT_VALID);
    assertThatThrownBy(() -> reset(other.tenantId(), token, NEW, NEW))
        .isInstanceOf(ResetRefused.class)
        .hasMessage(ResetRefused.NOT_VALID);
  }

  @Test
  void forgedMalformedAndHostileTokensAreNotValid() {
    linkFor("cleo@example.org");

    assertRefused(InvitationToken.issue().value(), ResetRefused.NOT_VALID);
    assertRefused("abc", ResetRefused.NOT_VALID);
    assertRefused("x".repeat(100_000), ResetRefused.NOT_VALID);
    assertRefused("' OR 1=1 --", ResetRefused.NOT_VALID);
    assertRefused(null, ResetRefused.NOT_VALID);
  }

  @Test
  void thePasswordPolicyAppliesAndAWeakChoiceKeepsTheLink() {
    String token = linkFor("cleo@example.org");

    assertThatThrownBy(() -> reset(token, "password")).isInstanceOf(WeakPassword.class);
    assertThatThrownBy(() -> reset(tenant, token, NEW, NEW + "x")).isInstanceOf(WeakPassword.class);

    reset(token, NEW);
    assertThat(signIn("cleo@example.org", NEW)).isPresent();
  }

  @Test
  void aDeactivatedStaffMembersLinkNoLongerWorks() {
    String token = linkFor("ada@example.org");
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().find(StaffMember.class, adminId).deactivate();
          return null;
        });

    assertRefused(token, ResetRefused.NOT_VALID);
  }

  @Test
  void requestsAreLimitedPerEmail() {
    for (int i = 0; i < 5; i++) {
      request("cleo@example.org", "198.51.100." + i);
    }

    assertThat(issued.fired()).hasSize(PasswordResets.PER_EMAIL);
    clock.advance(PasswordResets.LIMIT_WINDOW);
    request("cleo@example.org");
    assertThat(issued.fired()).hasSize(PasswordResets.PER_EMAIL + 1);
  }

  @Test
  void requestsAreLimitedPerAddress() {
    for (int i = 0; i < 15; i++) {
      request("person" + i + "@example.org", ADDRESS);
    }
    request("cleo@example.org", ADDRESS);

    assertThat(unknown.fired()).hasSize(PasswordResets.PER_ADDRESS);
    assertThat(issued.fired()).isEmpty();
  }

  @Test
  void aResetLiftsEveryPauseOfTheAccount() {
    String key = SignInThrottle.accountKey(practice.slug().value(), "cleo@example.org");
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(key, "192.0.2.66");
    }
    assertThat(throttle.check(key, "192.0.2.66").allowed()).isFalse();

    reset(linkFor("cleo@example.org"), NEW);

    clock.advance(Duration.ofSeconds(2));
    assertThat(throttle.check(key, "192.0.2.66").allowed()).isTrue();
  }
}
