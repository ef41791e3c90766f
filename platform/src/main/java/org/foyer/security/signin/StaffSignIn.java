package org.foyer.security.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.CurrentPortalSettings;
import org.foyer.admin.staff.StaffMember;
import org.foyer.admin.staff.StaffRole;
import org.foyer.persistence.Transactional;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.crypto.Sealer;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.FoyerPrincipal.SecondFactor;
import org.foyer.security.totp.RecoveryCodes;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;

/**
 * The staff side of signing in: password, second factor, enrolment, and whether a signed-in session
 * still stands. Administrators must use a second factor; other staff must too when the practice's
 * staff MFA policy covers all staff, and otherwise use one once they have enrolled.
 */
@ApplicationScoped
@Transactional
public class StaffSignIn {

  private static final String HASH_SEPARATOR = ",";

  private EntityManager em;
  private MasterKey masterKey;
  private Totp totp;
  private CurrentPortalSettings portalSettings;
  private final PasswordHash passwords = new PasswordHash();

  protected StaffSignIn() {}

  @Inject
  public StaffSignIn(EntityManager em, MasterKey masterKey) {
    this(em, masterKey, Clock.systemUTC());
  }

  public StaffSignIn(EntityManager em, MasterKey masterKey, Clock clock) {
    this.em = em;
    this.masterKey = masterKey;
    this.totp = new Totp(clock);
    this.portalSettings = new CurrentPortalSettings(em);
  }

  /**
   * The staff member whose password this is. An unknown email costs a dummy hash check, so timing
   * does not tell which emails have accounts.
   */
  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<StaffMember> staff = findByEmail(email);
    Optional<String> hash = staff.flatMap(StaffMember::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    return staff.filter(s -> matches && s.canSignIn()).map(this::principalOf);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  public boolean verifySecondFactor(UUID staffId, String code) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff == null || !staff.canSignIn() || staff.totpSecretSealed().isEmpty()) {
      return false;
    }
    TotpSecret secret =
        TotpSecret.fromBase32(
            new String(
                sealer().open(staff.totpSecretSealed().get(), context(staff)),
                StandardCharsets.US_ASCII));
    OptionalLong step = totp.verify(secret, code, staff.totpLastStep().orElse(Totp.NEVER_USED));
    if (step.isPresent()) {
      staff.acceptTotpStep(step.getAsLong());
      return true;
    }
    Optional<List<String>> remaining = RecoveryCodes.redeem(code, recoveryHashes(staff));
    remaining.ifPresent(hashes -> staff.replaceRecoveryCodes(String.join(HASH_SEPARATOR, hashes)));
    return remaining.isPresent();
  }

  /**
   * Enrols the second factor once the member proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  public Optional<List<String>> enroll(UUID staffId, String secretBase32, String code) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    TotpSecret secret = TotpSecret.fromBase32(secretBase32);
    if (staff == null || !staff.canSignIn()) {
      return Optional.empty();
    }
    OptionalLong step = totp.verify(secret, code, Totp.NEVER_USED);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    RecoveryCodes.Issued recovery = RecoveryCodes.issue();
    staff.enrollTotp(
        sealer().seal(secret.toBase32().getBytes(StandardCharsets.US_ASCII), context(staff)),
        String.join(HASH_SEPARATOR, recovery.hashes()));
    staff.acceptTotpStep(step.getAsLong());
    return Optional.of(recovery.codes());
  }

  /** Whether a session signed in earlier still stands: active, and not signed out everywhere. */
  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    StaffMember staff = em.find(StaffMember.class, signedIn.accountId());
    return staff != null && staff.canSignIn() && staff.sessionEpoch() == signedIn.sessionEpoch();
  }

  public void endAllSessions(UUID staffId) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff != null) {
      staff.endAllSessions();
    }
  }

  /** Seals and stores a known secret; the demo practice uses it so its codes can be printed. */
  public void enrollKnownSecret(UUID staffId, TotpSecret secret) {
    StaffMember staff = em.find(StaffMember.class, staffId);
    staff.enrollTotp(
        sealer().seal(secret.toBase32().getBytes(StandardCharsets.US_ASCII), context(staff)), "");
  }

  /**
   * A staff member's authenticator key in clear; only the demo practice's start-up notice uses it.
   */
  @Transactional(readOnly = true)
  public Optional<String> revealTotpKey(String email) {
    return findByEmail(email)
        .flatMap(
            staff ->
                staff
                    .totpSecretSealed()
                    .map(
                        sealedKey ->
                            new String(
                                sealer().open(sealedKey, context(staff)),
                                StandardCharsets.US_ASCII)));
  }

  private Optional<StaffMember> findByEmail(String email) {
    String normalised;
    try {
      normalised = StaffMember.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery("SELECT s FROM StaffMember s WHERE s.email = :email", StaffMember.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }

  /** Read at each sign-in, so a policy change applies to the very next one. */
  private FoyerPrincipal principalOf(StaffMember staff) {
    boolean mustEnroll =
        portalSettings
            .get()
            .staffMfaPolicy()
            .requiresSecondFactor(staff.role() == StaffRole.ADMINISTRATOR);
    SecondFactor secondFactor =
        staff.hasTotp() ? SecondFactor.CODE : mustEnroll ? SecondFactor.ENROLL : SecondFactor.NONE;
    return new FoyerPrincipal(
        AccountKind.STAFF,
        staff.id(),
        staff.email(),
        staff.displayName(),
        Set.of(staff.role().name()),
        staff.sessionEpoch(),
        secondFactor);
  }

  private static List<String> recoveryHashes(StaffMember staff) {
    return staff.recoveryCodeHashes().isEmpty()
        ? List.of()
        : List.of(staff.recoveryCodeHashes().split(HASH_SEPARATOR));
  }

  private static String context(StaffMember staff) {
    return "totp:staff:" + staff.id();
  }

  private Sealer sealer() {
    return new Sealer(masterKey.key());
  }
}
