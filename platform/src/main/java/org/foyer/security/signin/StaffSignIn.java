package org.foyer.security.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.CurrentPortalSettings;
import org.foyer.admin.roles.RoleStore;
import org.foyer.admin.staff.StaffMember;
import org.foyer.admin.staff.StaffPermissions;
import org.foyer.persistence.Transactional;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.FoyerPrincipal.SecondFactor;
import org.foyer.security.totp.TotpSecret;

/**
 * The staff side of signing in: password, second factor, enrolment, and whether a signed-in session
 * still stands. Staff holding an administrator-grade capability (by any role) must use a second
 * factor; other staff must too when the practice's staff MFA policy covers all staff, and otherwise
 * use one once they have enrolled.
 */
@ApplicationScoped
@Transactional
public class StaffSignIn {

  private static final String KIND = "staff";

  private EntityManager em;
  private TotpFactor factor;
  private CurrentPortalSettings portalSettings;
  private StaffPermissions permissions;
  private final PasswordHash passwords = new PasswordHash();

  protected StaffSignIn() {}

  @Inject
  public StaffSignIn(EntityManager em, MasterKey masterKey) {
    this(em, masterKey, Clock.systemUTC());
  }

  public StaffSignIn(EntityManager em, MasterKey masterKey, Clock clock) {
    this.em = em;
    this.factor = new TotpFactor(masterKey, clock);
    this.portalSettings = new CurrentPortalSettings(em);
    this.permissions = new StaffPermissions(em, new RoleStore(em));
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
    return factor.verify(em.find(StaffMember.class, staffId), KIND, code);
  }

  /**
   * Enrols the second factor once the member proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  public Optional<List<String>> enroll(UUID staffId, String secretBase32, String code) {
    return factor.enroll(em.find(StaffMember.class, staffId), KIND, secretBase32, code);
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
    factor.enrollKnownSecret(em.find(StaffMember.class, staffId), KIND, secret);
  }

  /**
   * A staff member's authenticator key in clear; only the demo practice's start-up notice uses it.
   */
  @Transactional(readOnly = true)
  public Optional<String> revealTotpKey(String email) {
    return findByEmail(email).flatMap(staff -> factor.reveal(staff, KIND));
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

  /**
   * Read at each sign-in, so a policy or permission change applies to the very next one. The
   * capabilities are all the member holds, custom roles and default permissions included, so a
   * custom role cannot carry administrator powers past the administrators' MFA rule.
   */
  private FoyerPrincipal principalOf(StaffMember staff) {
    boolean mustEnroll =
        portalSettings
            .get()
            .staffMfaPolicy()
            .requiresSecondFactor(permissions.capabilitiesOf(staff.id()));
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
}
