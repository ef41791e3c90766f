package org.foyer.security.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff sign-in rules against the real database: passwords, second factor, session standing. */
class StaffSignInTest {

  static final TestDatabase db = TestDatabase.get();
  static final String PASSWORD = "gentle-orchard-lamp-37";
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  StaffSignIn signIn;
  TenantId tenant;
  UUID therapistId;
  UUID adminId;

  @BeforeEach
  void practiceWithTherapistAndAdministrator() {
    signIn = new StaffSignIn(db.entityManager(), SampleKeys.MASTER_KEY, clock);
    Practice practice =
        new Practice(
            new TenantSlug("signin-" + UUID.randomUUID().toString().substring(0, 8)),
            "Sign-in Practice",
            "UTC",
            NOW);
    tenant = practice.tenantId();
    String hash = new PasswordHash(1000).hash(PASSWORD.toCharArray());
    db.inTenant(
        tenant,
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          StaffMember therapist =
              new StaffMember("therapist@example.org", "Theo", StaffRole.THERAPIST);
          therapist.activate(hash);
          StaffMember admin = new StaffMember("admin@example.org", "Ada", StaffRole.ADMINISTRATOR);
          admin.activate(hash);
          em.persist(therapist);
          em.persist(admin);
          therapistId = therapist.id();
          adminId = admin.id();
          return null;
        });
  }

  Optional<FoyerPrincipal> check(String email, String password) {
    return db.inTenant(tenant, () -> signIn.checkPassword(email, password.toCharArray()));
  }

  @Test
  void rightPasswordSignsInTheTherapistWithoutASecondStep() {
    FoyerPrincipal principal = check("Therapist@Example.org ", PASSWORD).orElseThrow();
    assertThat(principal.accountId()).isEqualTo(therapistId);
    assertThat(principal.secondFactor()).isEqualTo(SecondFactor.NONE);
  }

  @Test
  void wrongPasswordUnknownEmailAndMalformedEmailAreAllRefused() {
    assertThat(check("therapist@example.org", "wrong-password-entirely")).isEmpty();
    assertThat(check("nobody@example.org", PASSWORD)).isEmpty();
    assertThat(check("not an email", PASSWORD)).isEmpty();
  }

  @Test
  void anotherPracticesStaffCannotSignInHere() {
    TenantId elsewhere =
        db.inTenant(
            tenant,
            () -> {
              Practice other =
                  new Practice(
                      new TenantSlug("other-" + UUID.randomUUID().toString().substring(0, 8)),
                      "Other",
                      "UTC",
                      NOW);
              db.entityManager().persist(other);
              return other.tenantId();
            });
    assertThat(
            db.inTenant(
                elsewhere,
                () -> signIn.checkPassword("therapist@example.org", PASSWORD.toCharArray())))
        .isEmpty();
  }

  @Test
  void administratorWithoutAuthenticatorMustEnrollAndThenUseCodes() {
    FoyerPrincipal admin = check("admin@example.org", PASSWORD).orElseThrow();
    assertThat(admin.secondFactor()).isEqualTo(SecondFactor.ENROLL);

    TotpSecret secret = TotpSecret.generate();
    Totp totp = new Totp(clock);
    assertThat(db.inTenant(tenant, () -> signIn.enroll(adminId, secret.toBase32(), "000000")))
        .isEmpty();
    List<String> recovery =
        db.inTenant(
                tenant,
                () ->
                    signIn.enroll(
                        adminId, secret.toBase32(), totp.codeAt(secret, totp.currentStep())))
            .orElseThrow();
    assertThat(recovery).hasSize(10);

    assertThat(check("admin@example.org", PASSWORD).orElseThrow().secondFactor())
        .isEqualTo(SecondFactor.CODE);
    String sameCodeAgain = totp.codeAt(secret, totp.currentStep());
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(adminId, sameCodeAgain)))
        .as("a code already used at enrolment is not accepted again")
        .isFalse();
    String nextCode = totp.codeAt(secret, totp.currentStep() + 1);
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(adminId, nextCode))).isTrue();

    String recoveryCode = recovery.get(3);
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(adminId, recoveryCode)))
        .isTrue();
    assertThat(db.inTenant(tenant, () -> signIn.verifySecondFactor(adminId, recoveryCode)))
        .as("recovery codes work once")
        .isFalse();
  }

  @Test
  void signingOutEverywhereAndDeactivationEndEarlierSessions() {
    FoyerPrincipal principal = check("therapist@example.org", PASSWORD).orElseThrow();
    SignedIn session = principal.signedIn(tenant);
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(session))).isTrue();

    db.inTenant(
        tenant,
        () -> {
          signIn.endAllSessions(therapistId);
          return null;
        });
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(session))).isFalse();

    SignedIn fresh = check("therapist@example.org", PASSWORD).orElseThrow().signedIn(tenant);
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().find(StaffMember.class, therapistId).deactivate();
          return null;
        });
    assertThat(db.inTenant(tenant, () -> signIn.isCurrent(fresh))).isFalse();
    assertThat(check("therapist@example.org", PASSWORD))
        .as("deactivated staff cannot sign in")
        .isEmpty();
  }
}
