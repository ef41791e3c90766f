package org.foyer.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * Checks the operator's bearer token. Without a configured token the operator API does not exist
 * (404), so an installation that never set one exposes nothing.
 */
@ApplicationScoped
public class OperatorAccess {

  private static final String BEARER = "Bearer ";

  @Inject RuntimeSettings settings;

  public void check(String authorization) {
    String expected = settings.operatorToken().orElseThrow(NotFoundException::new);
    String presented =
        authorization != null && authorization.startsWith(BEARER)
            ? authorization.substring(BEARER.length()).strip()
            : "";
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
      throw new WebApplicationException(401);
    }
  }
}
