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
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.PortalSettings;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.admin.staff.StaffMember;
import org.foyer.persistence.Transactional;
import org.foyer.portal.account.PortalAccount;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.FoyerPrincipal.SecondFactor;

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

  private EntityManager em;
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
    this.em = em;
    this.settings = settings;
    this.factor = new TotpFactor(masterKey, clock);
  }

  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<PortalAccount> account = findByEmail(email);
    Optional<String> hash = account.flatMap(PortalAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    PortalSettings current = settings.current();
    return account
        .filter(a -> matches && a.canSignIn() && current.portalEnabled())
        .map(a -> principalOf(a, current.clientMfa()));
  }

  /** Read at each sign-in, so a change of the practice's client MFA applies to the next one. */
  static FoyerPrincipal principalOf(PortalAccount account, ClientMfa policy) {
    SecondFactor secondFactor =
        account.hasTotp()
            ? SecondFactor.CODE
            : policy == ClientMfa.REQUIRED ? SecondFactor.ENROLL : SecondFactor.NONE;
    return new FoyerPrincipal(
        AccountKind.PORTAL,
        account.id(),
        account.email(),
        account.displayName(),
        Set.of(),
        account.sessionEpoch(),
        secondFactor);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  public boolean verifySecondFactor(UUID accountId, String code) {
    return factor.verify(em.find(PortalAccount.class, accountId), KIND, code);
  }

  /**
   * Enrols an authenticator once the person proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  public Optional<List<String>> enroll(UUID accountId, String secretBase32, String code) {
    return factor.enroll(em.find(PortalAccount.class, accountId), KIND, secretBase32, code);
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
    PortalAccount account = em.find(PortalAccount.class, accountId);
    if (account == null || !account.hasTotp()) {
      return Removal.NOT_ENROLLED;
    }
    if (isSecondFactorRequired()) {
      return Removal.REQUIRED_BY_PRACTICE;
    }
    if (!factor.verify(account, KIND, code == null ? "" : code.strip())) {
      return Removal.CODE_REFUSED;
    }
    account.removeTotp();
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
    PortalAccount account = em.find(PortalAccount.class, accountId);
    return account != null && account.hasTotp();
  }

  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    PortalAccount account = em.find(PortalAccount.class, signedIn.accountId());
    return account != null
        && account.canSignIn()
        && account.sessionEpoch() == signedIn.sessionEpoch()
        && settings.current().portalEnabled();
  }

  public void endAllSessions(UUID accountId) {
    PortalAccount account = em.find(PortalAccount.class, accountId);
    if (account != null) {
      account.endAllSessions();
    }
  }

  private Optional<PortalAccount> findByEmail(String email) {
    String normalised;
    try {
      normalised = StaffMember.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM PortalAccount a WHERE a.email = :email", PortalAccount.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }
}
