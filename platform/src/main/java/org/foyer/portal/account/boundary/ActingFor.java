package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.errors.NotFound;
import org.foyer.core.id.TypedIds;
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

  /**
   * The client a portal request is about: the one it names, or else the profile this login acts
   * for; neither, or a malformed id, is not found as {@code what}. Whoever serves the request still
   * checks that the login may act for that client.
   */
  public UUID client(String asked, String what) {
    return client(
        TypedIds.optional(ClientId.class, asked, what).map(ClientId::value).orElse(null), what);
  }

  /** The same for a client a request body names by its id, or leaves out ({@code null}). */
  public UUID client(UUID asked, String what) {
    return asked != null ? asked : current(what);
  }

  /** The client this login acts for now; without one, not found as {@code what}. */
  public UUID current(String what) {
    return profile().map(ClientProfile::clientId).orElseThrow(() -> new NotFound(what));
  }

  void choose(ClientProfile profile) {
    this.profile = profile;
  }

  void clear() {
    this.profile = null;
  }
}
