package org.foyer.core.access;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.persistence.Transactional;

/**
 * Accounts of one kind as sign-in and password reset use them, before anyone is signed in: no
 * caller to check. Reads answer {@link SignInAccount}s; the few changes signing in makes are the
 * methods here, and the second factor changes through the account's {@link TotpHolder} side only,
 * so sign-in keeps one implementation of TOTP for every kind of account. The feature owning the
 * accounts extends this with its entity.
 */
public abstract class LoginAccounts<A extends LoginAccount> {

  private EntityManager em;
  private Class<A> type;

  protected LoginAccounts() {}

  protected LoginAccounts(EntityManager em, Class<A> type) {
    this.em = em;
    this.type = type;
  }

  /** The account signing in with this email; empty for text that is not an email address. */
  @Transactional(readOnly = true)
  public Optional<SignInAccount> findByEmail(String email) {
    return account(email).map(this::signInAccount);
  }

  @Transactional(readOnly = true)
  public Optional<SignInAccount> findById(UUID accountId) {
    return account(accountId).map(this::signInAccount);
  }

  /** The account's authenticator, for sign-in to verify, enrol, reveal or remove it. */
  @Transactional
  public Optional<TotpHolder> findTotpHolder(UUID accountId) {
    return account(accountId).map(TotpHolder.class::cast);
  }

  /** Forgets the account's authenticator and its recovery codes; sign-in has checked a code. */
  @Transactional
  public void removeTotp(UUID accountId) {
    account(accountId).orElseThrow().removeTotp();
  }

  /** A new password (chosen by an email link) ends every session signed in with the old one. */
  @Transactional
  public void changePassword(UUID accountId, String passwordHash) {
    account(accountId).orElseThrow().changePassword(passwordHash);
  }

  /** Ends every session of the account at its next request; an unknown id changes nothing. */
  @Transactional
  public void endAllSessions(UUID accountId) {
    account(accountId).ifPresent(LoginAccount::endAllSessions);
  }

  /** The role names the account's principal carries; none unless the kind has roles. */
  protected Set<String> roles(A account) {
    return Set.of();
  }

  protected EntityManager em() {
    return em;
  }

  protected Optional<A> account(UUID accountId) {
    return Optional.ofNullable(accountId == null ? null : em.find(type, accountId));
  }

  protected Optional<A> account(String email) {
    String normalised;
    try {
      normalised = Accounts.normaliseEmail(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM " + type.getSimpleName() + " a WHERE a.email = :email", type)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }

  private SignInAccount signInAccount(A account) {
    return new SignInAccount(
        account.id(),
        account.email(),
        account.displayName(),
        roles(account),
        account.passwordHash(),
        account.canSignIn(),
        account.hasTotp(),
        account.sessionEpoch());
  }
}
