package org.foyer.security.signin.entity;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;

/**
 * The caller an identity store validated: which account, of which kind, and what it still owes
 * before the sign-in completes (a second factor, or enrolling one).
 */
public class FoyerPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final AccountKind kind;
  private final UUID accountId;
  private final String displayName;
  private final Set<String> roles;
  private final int sessionEpoch;
  private final SecondFactor secondFactor;

  public FoyerPrincipal(
      AccountKind kind,
      UUID accountId,
      String email,
      String displayName,
      Set<String> roles,
      int sessionEpoch,
      SecondFactor secondFactor) {
    super(email);
    this.kind = kind;
    this.accountId = accountId;
    this.displayName = displayName;
    this.roles = Set.copyOf(roles);
    this.sessionEpoch = sessionEpoch;
    this.secondFactor = secondFactor;
  }

  public AccountKind kind() {
    return kind;
  }

  public UUID accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  public Set<String> roles() {
    return roles;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  public SecondFactor secondFactor() {
    return secondFactor;
  }

  /** What the account must do after its password. */
  public enum SecondFactor {
    NONE,
    CODE,
    ENROLL
  }

  /** What the session keeps of this principal in the given practice. */
  public SignedIn signedIn(TenantId tenant) {
    return new SignedIn(tenant, kind, accountId, getName(), displayName, roles, sessionEpoch);
  }
}
