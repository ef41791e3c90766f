package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.LoginAccounts;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.account.entity.PortalAccount;

/**
 * Portal logins as signing in, password reset and invitations use them, before anyone is signed in
 * or for staff who already passed their check: no caller here. Beyond what every kind of login
 * offers sign-in, invitations open and activate logins here and read them as {@link PortalLogin}s.
 */
@ApplicationScoped
public class PortalAccounts extends LoginAccounts<PortalAccount> {

  protected PortalAccounts() {}

  @Inject
  public PortalAccounts(EntityManager em) {
    super(em, PortalAccount.class);
  }

  /** The login with this (normalised) email, whatever its status. */
  @Transactional(readOnly = true)
  public Optional<PortalLogin> findLogin(String email) {
    return account(email).map(PortalAccount::login);
  }

  @Transactional(readOnly = true)
  public Optional<PortalLogin> findLogin(UUID accountId) {
    return account(accountId).map(PortalAccount::login);
  }

  /**
   * A new login waiting for its password, for a first invitation to this email.
   *
   * @throws IllegalArgumentException when the email or the name does not fit an account
   */
  @Transactional
  public PortalLogin open(String email, String displayName) {
    PortalAccount account = new PortalAccount(email, displayName);
    em().persist(account);
    em().flush();
    return account.login();
  }

  /**
   * Activates an invited login with the name the person gave themself and their password.
   *
   * @param passwordHash the chosen password, already checked against the policy and hashed
   * @throws IllegalArgumentException when the name does not fit an account
   */
  @Transactional
  public PortalLogin activate(UUID accountId, String displayName, String passwordHash) {
    Objects.requireNonNull(passwordHash, "password hash");
    PortalAccount account = account(accountId).orElseThrow();
    account.rename(displayName);
    account.activate(passwordHash);
    return account.login();
  }
}
