package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import org.foyer.portal.account.ClientProfile;

/**
 * The client profile a portal login currently acts for, kept for the session. Everything done in
 * the portal is attributed "login on behalf of this client"; it is re-checked against the contact
 * network whenever it is used, so a revoked link stops working at once.
 */
@SessionScoped
public class ActingFor implements Serializable {

  private static final long serialVersionUID = 1L;

  private ClientProfile profile;

  public Optional<ClientProfile> profile() {
    return Optional.ofNullable(profile);
  }

  void choose(ClientProfile profile) {
    this.profile = profile;
  }

  void clear() {
    this.profile = null;
  }
}
