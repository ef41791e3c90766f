package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.security.signin.AccountHolder;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.FoyerPrincipal;
import org.foyer.security.signin.entity.PendingSignIn;

/** Routes second-factor and session checks to the service of the account's kind. */
@ApplicationScoped
public class AccountSessions {

  private StaffSignIn staff;
  private PortalSignIn portal;

  protected AccountSessions() {}

  @Inject
  public AccountSessions(StaffSignIn staff, PortalSignIn portal) {
    this.staff = staff;
    this.portal = portal;
  }

  public boolean isCurrent(SignedIn signedIn) {
    return switch (signedIn.kind()) {
      case STAFF -> staff.isCurrent(signedIn);
      case PORTAL -> portal.isCurrent(signedIn);
    };
  }

  public boolean verifySecondFactor(FoyerPrincipal principal, String code) {
    return switch (principal.kind()) {
      case STAFF -> staff.verifySecondFactor(principal.accountId(), code);
      case PORTAL -> portal.verifySecondFactor(principal.accountId(), code);
    };
  }

  public Optional<List<String>> enroll(PendingSignIn pending, String code) {
    UUID account = pending.principal().accountId();
    return switch (pending.principal().kind()) {
      case STAFF -> staff.enroll(account, pending.enrollmentSecret(), code);
      case PORTAL -> portal.enroll(account, pending.enrollmentSecret(), code);
    };
  }

  /**
   * Who may sign in with this email at the current practice: staff first, like the identity stores,
   * then the portal.
   */
  public Optional<AccountHolder> findHolder(String email) {
    return staff.findHolder(email).or(() -> portal.findHolder(email));
  }

  public Optional<AccountHolder> findHolderById(AccountKind kind, UUID id) {
    return switch (kind) {
      case STAFF -> staff.findHolderById(id);
      case PORTAL -> portal.findHolderById(id);
    };
  }

  public void replacePassword(AccountHolder holder, String passwordHash) {
    switch (holder.kind()) {
      case STAFF -> staff.replacePassword(holder.id(), passwordHash);
      case PORTAL -> portal.replacePassword(holder.id(), passwordHash);
    }
  }

  public void endAllSessions(SignedIn signedIn) {
    switch (signedIn.kind()) {
      case STAFF -> staff.endAllSessions(signedIn.accountId());
      case PORTAL -> portal.endAllSessions(signedIn.accountId());
    }
  }
}
