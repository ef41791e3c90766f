package org.foyer.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.access.TotpHolder;
import org.foyer.core.persistence.Transactional;

/**
 * Portal logins as signing in, password reset and invitations use them, before anyone is signed in
 * or for staff who already passed their check: no caller here. Logins leave as {@link
 * SignInAccount} or {@link PortalLogin} records; the changes those features make are the methods
 * here, and the second factor is changed through the login's {@link TotpHolder} side only.
 */
@ApplicationScoped
public class PortalAccounts {

  private EntityManager em;

  protected PortalAccounts() {}

  @Inject
  public PortalAccounts(EntityManager em) {
    this.em = em;
  }

  /** The login signing in with this email; empty for text that is not an email address. */
  @Transactional(readOnly = true)
  public Optional<SignInAccount> findByEmail(String email) {
    return account(email).map(PortalAccounts::signInAccount);
  }

  @Transactional(readOnly = true)
  public Optional<SignInAccount> findById(UUID accountId) {
    return account(accountId).map(PortalAccounts::signInAccount);
  }

  /** The login's authenticator, for sign-in to verify, enrol or remove it. */
  @Transactional
  public Optional<TotpHolder> findTotpHolder(UUID accountId) {
    return account(accountId).map(TotpHolder.class::cast);
  }

  /** Forgets the login's authenticator and its recovery codes; sign-in has checked a code first. */
  @Transactional
  public void removeTotp(UUID accountId) {
    account(accountId).orElseThrow().removeTotp();
  }

  /** A new password (chosen by an email link) ends every session signed in with the old one. */
  @Transactional
  public void changePassword(UUID accountId, String passwordHash) {
    account(accountId).orElseThrow().changePassword(passwordHash);
  }

  /** Ends every session of the login at its next request; an unknown id changes nothing. */
  @Transactional
  public void endAllSessions(UUID accountId) {
    account(accountId).ifPresent(PortalAccount::endAllSessions);
  }

  /** The login with this (normalised) email, whatever its status. */
  @Transactional(readOnly = true)
  public Optional<PortalLogin> findLogin(String email) {
    return account(email).map(PortalLogin::of);
  }

  @Transactional(readOnly = true)
  public Optional<PortalLogin> findLogin(UUID accountId) {
    return account(accountId).map(PortalLogin::of);
  }

  /**
   * A new login waiting for its password, for a first invitation to this email.
   *
   * @throws IllegalArgumentException when the email or the name does not fit an account
   */
  @Transactional
  public PortalLogin open(String email, String displayName) {
    PortalAccount account = new PortalAccount(email, displayName);
    em.persist(account);
    em.flush();
    return PortalLogin.of(account);
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
    return PortalLogin.of(account);
  }

  private Optional<PortalAccount> account(UUID accountId) {
    return Optional.ofNullable(accountId == null ? null : em.find(PortalAccount.class, accountId));
  }

  private Optional<PortalAccount> account(String email) {
    String normalised;
    try {
      normalised = Accounts.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM PortalAccount a WHERE a.email = :email", PortalAccount.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }

  private static SignInAccount signInAccount(PortalAccount account) {
    return new SignInAccount(
        account.id(),
        account.email(),
        account.displayName(),
        Set.of(),
        account.passwordHash(),
        account.canSignIn(),
        account.hasTotp(),
        account.sessionEpoch());
  }
}
