package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.access.TotpHolder;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.PortalAccounts;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.AccountHolder;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;

/**
 * The portal side of signing in. While the practice has its client portal switched off, nobody
 * signs in to it and open portal sessions end at their next request. A login with an authenticator
 * enrolled is asked for its code; where the practice requires a second factor for clients, a login
 * without one enrols before its sign-in completes.
 */
@ApplicationScoped
@Transactional
public class PortalSignIn {

  private static final String KIND = "portal";

  private PortalAccounts accounts;
  private PortalSettingsService settings;
  private TotpFactor factor;
  private final PasswordHash passwords = new PasswordHash();

  protected PortalSignIn() {}

  @Inject
  public PortalSignIn(EntityManager em, PortalSettingsService settings, MasterKey masterKey) {
    this(em, settings, masterKey, Clock.systemUTC());
  }

  public PortalSignIn(
      EntityManager em, PortalSettingsService settings, MasterKey masterKey, Clock clock) {
    this.accounts = new PortalAccounts(em);
    this.settings = settings;
    this.factor = new TotpFactor(masterKey, clock);
  }

  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<SignInAccount> account = accounts.findByEmail(email);
    Optional<String> hash = account.flatMap(SignInAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    PortalSettingsView current = settings.current();
    return account
        .filter(a -> matches && a.canSignIn() && current.portalEnabled())
        .map(a -> principalOf(a, current.clientMfa()));
  }

  /** Read at each sign-in, so a change of the practice's client MFA applies to the next one. */
  static FoyerPrincipal principalOf(SignInAccount account, ClientMfa policy) {
    SecondFactor secondFactor =
        account.hasTotp()
            ? SecondFactor.CODE
            : policy == ClientMfa.REQUIRED ? SecondFactor.ENROLL : SecondFactor.NONE;
    return new FoyerPrincipal(
        AccountKind.PORTAL,
        account.id(),
        account.email(),
        account.displayName(),
        account.roles(),
        account.sessionEpoch(),
        secondFactor);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  public boolean verifySecondFactor(UUID accountId, String code) {
    return factor.verify(accounts.findTotpHolder(accountId).orElse(null), KIND, code);
  }

  /**
   * Enrols an authenticator once the person proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  public Optional<List<String>> enroll(UUID accountId, String secretBase32, String code) {
    return factor.enroll(accounts.findTotpHolder(accountId).orElse(null), KIND, secretBase32, code);
  }

  /** What became of a request to turn a login's authenticator off. */
  public enum Removal {
    REMOVED,
    /** The code was neither the app's current one nor an unused recovery code. */
    CODE_REFUSED,
    /** The practice requires a second factor of every client login; nothing was checked. */
    REQUIRED_BY_PRACTICE,
    NOT_ENROLLED
  }

  /**
   * Turns the login's authenticator off, given a current code from it or an unused recovery code: a
   * session left open on a shared computer must not be enough to weaken the login. Where the
   * practice requires client MFA the request is refused before the code is looked at, so no
   * recovery code is spent on it.
   */
  public Removal removeSecondFactor(UUID accountId, String code) {
    Optional<TotpHolder> account = accounts.findTotpHolder(accountId);
    if (account.isEmpty() || !account.get().hasTotp()) {
      return Removal.NOT_ENROLLED;
    }
    if (isSecondFactorRequired()) {
      return Removal.REQUIRED_BY_PRACTICE;
    }
    if (!factor.verify(account.get(), KIND, code == null ? "" : code.strip())) {
      return Removal.CODE_REFUSED;
    }
    accounts.removeTotp(accountId);
    return Removal.REMOVED;
  }

  /** Whether the practice requires every client login to use an authenticator. */
  @Transactional(readOnly = true)
  public boolean isSecondFactorRequired() {
    return settings.current().clientMfa() == ClientMfa.REQUIRED;
  }

  /** Whether the login has an authenticator enrolled, for its security page. */
  @Transactional(readOnly = true)
  public boolean hasSecondFactor(UUID accountId) {
    return accounts.findById(accountId).filter(SignInAccount::hasTotp).isPresent();
  }

  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    return accounts
            .findById(signedIn.accountId())
            .filter(a -> a.canSignIn() && a.sessionEpoch() == signedIn.sessionEpoch())
            .isPresent()
        && settings.current().portalEnabled();
  }

  public void endAllSessions(UUID accountId) {
    accounts.endAllSessions(accountId);
  }

  /** The login that may sign in with this email, for a password reset or a notice. */
  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolder(String email) {
    return accounts.findByEmail(email).flatMap(a -> AccountHolder.ifSignsIn(AccountKind.PORTAL, a));
  }

  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolderById(UUID accountId) {
    return accounts
        .findById(accountId)
        .flatMap(a -> AccountHolder.ifSignsIn(AccountKind.PORTAL, a));
  }

  /** Replaces the password and ends every session; an authenticator stays enrolled. */
  public void replacePassword(UUID accountId, String passwordHash) {
    accounts.changePassword(accountId, passwordHash);
  }
}
