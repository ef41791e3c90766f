package org.foyer.portal.account;

import java.util.UUID;

/** A portal login as inviting someone to the portal sees it. */
public record PortalLogin(UUID id, String email, String displayName, PortalAccountStatus status) {

  public boolean canSignIn() {
    return status == PortalAccountStatus.ACTIVE;
  }
}
