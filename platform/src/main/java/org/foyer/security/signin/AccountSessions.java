package org.foyer.security.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Routes second-factor and session checks to the service of the account's kind. */
@ApplicationScoped
public class AccountSessions {

  @Inject StaffSignIn staff;
  @Inject PortalSignIn portal;

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

  public void endAllSessions(SignedIn signedIn) {
    switch (signedIn.kind()) {
      case STAFF -> staff.endAllSessions(signedIn.accountId());
      case PORTAL -> portal.endAllSessions(signedIn.accountId());
    }
  }
}
