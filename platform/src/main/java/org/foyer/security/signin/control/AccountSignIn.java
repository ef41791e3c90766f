package org.foyer.security.signin.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.LoginAccounts;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.persistence.Transactional;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.signin.AccountHolder;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.FoyerPrincipal.SecondFactor;

/**
 * Signing in as every kind of account does it: the password check that costs the same for an
 * unknown email, the second factor, whether a session still stands, and the holder a reset or a
 * notice goes to. A kind says when its accounts may enter at all and which second factor its
 * principal needs.
 */
public abstract class AccountSignIn {

  private LoginAccounts<?> accounts;
  private TotpFactor factor;
  private AccountKind kind;
  private final PasswordHash passwords = new PasswordHash();

  protected AccountSignIn() {}

  protected AccountSignIn(LoginAccounts<?> accounts, TotpFactor factor, AccountKind kind) {
    this.accounts = accounts;
    this.factor = factor;
    this.kind = kind;
  }

  /**
   * The account whose password this is. An unknown email costs a dummy hash check, so timing does
   * not tell which emails have accounts.
   */
  @Transactional(readOnly = true)
  public Optional<FoyerPrincipal> checkPassword(String email, char[] password) {
    Optional<SignInAccount> account = accounts.findByEmail(email);
    Optional<String> hash = account.flatMap(SignInAccount::passwordHash);
    boolean matches =
        hash.isPresent() ? passwords.verify(password, hash.get()) : passwords.verifyDummy(password);
    Arrays.fill(password, '\0');
    return account.filter(a -> matches && a.canSignIn() && isOpen()).map(this::principalOf);
  }

  /** Whether this kind of account may sign in at all now; read at every check. */
  protected boolean isOpen() {
    return true;
  }

  /** Whether the account must enrol a second factor before its sign-in completes. */
  protected abstract boolean mustEnroll(SignInAccount account);

  private FoyerPrincipal principalOf(SignInAccount account) {
    SecondFactor secondFactor =
        account.hasTotp()
            ? SecondFactor.CODE
            : mustEnroll(account) ? SecondFactor.ENROLL : SecondFactor.NONE;
    return new FoyerPrincipal(
        kind,
        account.id(),
        account.email(),
        account.displayName(),
        account.roles(),
        account.sessionEpoch(),
        secondFactor);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  @Transactional
  public boolean verifySecondFactor(UUID accountId, String code) {
    return factor.verify(accounts.findTotpHolder(accountId).orElse(null), sealingKind(), code);
  }

  /**
   * Enrols an authenticator once the person proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  @Transactional
  public Optional<List<String>> enroll(UUID accountId, String secretBase32, String code) {
    return factor.enroll(
        accounts.findTotpHolder(accountId).orElse(null), sealingKind(), secretBase32, code);
  }

  /** Whether the account has an authenticator enrolled, for its security page. */
  @Transactional(readOnly = true)
  public boolean hasSecondFactor(UUID accountId) {
    return accounts.findById(accountId).filter(SignInAccount::hasTotp).isPresent();
  }

  /** Whether a session signed in earlier still stands: may sign in, not signed out everywhere. */
  @Transactional(readOnly = true)
  public boolean isCurrent(SignedIn signedIn) {
    return accounts
            .findById(signedIn.accountId())
            .filter(a -> a.canSignIn() && a.sessionEpoch() == signedIn.sessionEpoch())
            .isPresent()
        && isOpen();
  }

  @Transactional
  public void endAllSessions(UUID accountId) {
    accounts.endAllSessions(accountId);
  }

  /** The account that may sign in with this email, for a password reset or a notice. */
  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolder(String email) {
    return accounts.findByEmail(email).flatMap(a -> AccountHolder.ifSignsIn(kind, a));
  }

  @Transactional(readOnly = true)
  public Optional<AccountHolder> findHolderById(UUID accountId) {
    return accounts.findById(accountId).flatMap(a -> AccountHolder.ifSignsIn(kind, a));
  }

  /**
   * Replaces the password and ends every session; the second factor stays as it was, so a reset by
   * email alone never gets past it.
   */
  @Transactional
  public void replacePassword(UUID accountId, String passwordHash) {
    accounts.changePassword(accountId, passwordHash);
  }

  protected LoginAccounts<?> accounts() {
    return accounts;
  }

  protected TotpFactor factor() {
    return factor;
  }

  /**
   * The sealing context of this kind's secrets ("staff", "portal"); stored secrets depend on it.
   */
  protected String sealingKind() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
