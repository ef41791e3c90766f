package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.access.TotpHolder;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.signin.AccountKind;

/**
 * The portal side of signing in. While the practice has its client portal switched off, nobody
 * signs in to it and open portal sessions end at their next request. A login with an authenticator
 * enrolled is asked for its code; where the practice requires a second factor for clients, a login
 * without one enrols before its sign-in completes.
 */
@ApplicationScoped
@Transactional
public class PortalSignIn extends AccountSignIn {

  private PortalSettingsService settings;

  protected PortalSignIn() {}

  @Inject
  public PortalSignIn(
      EntityManager em, PortalSettingsService settings, MasterKey masterKey, Clock clock) {
    super(new PortalAccounts(em), new TotpFactor(masterKey, clock), AccountKind.PORTAL);
    this.settings = settings;
  }

  /** Nobody signs in to a switched-off portal, and its open sessions end at their next request. */
  @Override
  protected boolean isOpen() {
    return settings.current().portalEnabled();
  }

  /** Read at each sign-in, so a change of the practice's client MFA applies to the next one. */
  @Override
  protected boolean mustEnroll(SignInAccount account) {
    return isSecondFactorRequired();
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
    Optional<TotpHolder> account = accounts().findTotpHolder(accountId);
    if (account.isEmpty() || !account.get().hasTotp()) {
      return Removal.NOT_ENROLLED;
    }
    if (isSecondFactorRequired()) {
      return Removal.REQUIRED_BY_PRACTICE;
    }
    if (!factor().verify(account.get(), sealingKind(), code == null ? "" : code.strip())) {
      return Removal.CODE_REFUSED;
    }
    accounts().removeTotp(accountId);
    return Removal.REMOVED;
  }

  /** Whether the practice requires every client login to use an authenticator. */
  @Transactional(readOnly = true)
  public boolean isSecondFactorRequired() {
    return settings.current().clientMfa() == ClientMfa.REQUIRED;
  }
}
