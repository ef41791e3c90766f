package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.control.StaffAccounts;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.persistence.Transactional;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.AccountHolder;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;
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

  private StaffAccounts accounts;
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
    this.accounts = new StaffAccounts(em);
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
    Optional<SignInAccount> staff = accounts.findByEmail(email);
    Optional<String> hash = staff.flatMap(SignInAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    return staff.filter(s -> matches && s.canSignIn()).map(this::principalOf);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  public boolean verifySecondFactor(UUID staffId, String code) {
    return factor.verify(accounts.findTotpHolder(staffId).orElse(null), KIND, code);
  }

  /**
   * Enrols the second factor once the member proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  public Optional<List<String>> enroll(UUID staffId, String secretBase32, String code) {
    return factor.enroll(accounts.findTotpHolder(staffId).orElse(null), KIND, secretBase32, code);
  }

  /** Whether a session signed in earlier still stands: active, and not signed out everywhere. */
  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    return accounts
        .findById(signedIn.accountId())
        .filter(staff -> staff.canSignIn() && staff.sessionEpoch() == signedIn.sessionEpoch())
        .isPresent();
  }

  public void endAllSessions(UUID staffId) {
    accounts.endAllSessions(staffId);
  }

  /** The staff member who may sign in with this email, for a password reset or a notice. */
  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolder(String email) {
    return accounts.findByEmail(email).flatMap(a -> AccountHolder.ifSignsIn(AccountKind.STAFF, a));
  }

  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolderById(UUID staffId) {
    return accounts.findById(staffId).flatMap(a -> AccountHolder.ifSignsIn(AccountKind.STAFF, a));
  }

  /**
   * Replaces the password and ends every session; the second factor stays as it was, so a reset by
   * email alone never gets past it.
   */
  public void replacePassword(UUID staffId, String passwordHash) {
    accounts.changePassword(staffId, passwordHash);
  }

  /** Seals and stores a known secret; the demo practice uses it so its codes can be printed. */
  public void enrollKnownSecret(UUID staffId, TotpSecret secret) {
    factor.enrollKnownSecret(accounts.findTotpHolder(staffId).orElseThrow(), KIND, secret);
  }

  /**
   * A staff member's authenticator key in clear; only the demo practice's start-up notice uses it.
   */
  @Transactional(readOnly = true)
  public Optional<String> revealTotpKey(String email) {
    return accounts
        .findByEmail(email)
        .flatMap(staff -> accounts.findTotpHolder(staff.id()))
        .flatMap(holder -> factor.reveal(holder, KIND));
  }

  /**
   * Read at each sign-in, so a policy or permission change applies to the very next one. The
   * capabilities are all the member holds, custom roles and default permissions included, so a
   * custom role cannot carry administrator powers past the administrators' MFA rule.
   */
  private FoyerPrincipal principalOf(SignInAccount staff) {
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
        staff.roles(),
        staff.sessionEpoch(),
        secondFactor);
  }
}
