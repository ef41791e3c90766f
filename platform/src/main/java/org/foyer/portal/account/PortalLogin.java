package org.foyer.portal.account;

import java.util.UUID;

/** A portal login as inviting someone to the portal sees it. */
public record PortalLogin(UUID id, String email, String displayName, PortalAccountStatus status) {

  static PortalLogin of(PortalAccount account) {
    return new PortalLogin(account.id(), account.email(), account.displayName(), account.status());
  }

  public boolean canSignIn() {
    return status == PortalAccountStatus.ACTIVE;
  }
}
