package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.control.StaffAccounts;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.access.SignInAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff accounts as signing in reads and changes them, within the practice running only. */
class StaffAccountsTest {

  SamplePractice practice;
  SamplePractice other;
  StaffAccounts accounts;
  UUID therapist;

  @BeforeEach
  void twoPractices() {
    practice = new SamplePractice();
    other = new SamplePractice();
    accounts = new StaffAccounts(SamplePractice.db.entityManager());
    therapist = practice.staff.get(StaffRole.THERAPIST);
  }

  @Test
  void anAccountIsFoundByItsAddressWrittenAnyWay() {
    SignInAccount account =
        practice
            .in(() -> accounts.findByEmail("  THERAPIST@" + practice.slug + ".test "))
            .orElseThrow();

    assertThat(account.id()).isEqualTo(therapist);
    assertThat(account.displayName()).isEqualTo("Therapist Person");
    assertThat(account.roles()).containsExactly("THERAPIST");
    assertThat(account.passwordHash()).contains("hash");
    assertThat(account.canSignIn()).isTrue();
    assertThat(account.hasTotp()).isFalse();
    assertThat(account.toString()).doesNotContain("hash");
  }

  @Test
  void textThatIsNoAddressAndOtherPracticesAccountsAreNotFound() {
    assertThat(practice.in(() -> accounts.findByEmail("not an address"))).isEmpty();
    assertThat(practice.in(() -> accounts.findByEmail(null))).isEmpty();
    assertThat(other.in(() -> accounts.findByEmail("therapist@" + practice.slug + ".test")))
        .isEmpty();
    assertThat(other.in(() -> accounts.findById(therapist))).isEmpty();
    assertThat(other.in(() -> accounts.findTotpHolder(therapist))).isEmpty();
  }

  @Test
  void aNewPasswordEndsEverySession() {
    int before = practice.in(() -> accounts.findById(therapist)).orElseThrow().sessionEpoch();

    practice.run(() -> accounts.changePassword(therapist, "new-hash"));

    SignInAccount after = practice.in(() -> accounts.findById(therapist)).orElseThrow();
    assertThat(after.passwordHash()).contains("new-hash");
    assertThat(after.sessionEpoch()).isGreaterThan(before);
  }

  @Test
  void endingAllSessionsRaisesTheEpochAndIgnoresAnUnknownId() {
    int before = practice.in(() -> accounts.findById(therapist)).orElseThrow().sessionEpoch();

    practice.run(() -> accounts.endAllSessions(therapist));
    practice.run(() -> accounts.endAllSessions(UUID.randomUUID()));

    assertThat(practice.in(() -> accounts.findById(therapist)).orElseThrow().sessionEpoch())
        .isEqualTo(before + 1);
  }

  /**
   * Signing in reads accounts in read-only transactions, which PostgreSQL enforces: reading an
   * account without a second factor (whose embedded columns load as null) must not turn into a
   * write, or the unit of work fails at commit.
   */
  @Test
  void readingAnAccountWithoutASecondFactorWritesNothing() {
    SignInAccount read =
        SamplePractice.db
            .unitOfWork()
            .run(practice.tenant, true, () -> accounts.findById(therapist).orElseThrow());

    assertThat(read.hasTotp()).isFalse();
  }

  @Test
  void theSecondFactorIsStoredThroughTheTotpSide() {
    practice.run(
        () ->
            accounts
                .findTotpHolder(therapist)
                .orElseThrow()
                .enrollTotp("sealed", List.of("h1", "h2")));

    assertThat(practice.in(() -> accounts.findById(therapist)).orElseThrow().hasTotp()).isTrue();
    assertThat(practice.member(therapist).totpSecretSealed()).contains("sealed");
    assertThat(practice.member(therapist).recoveryCodeHashes()).containsExactly("h1", "h2");
  }
}
