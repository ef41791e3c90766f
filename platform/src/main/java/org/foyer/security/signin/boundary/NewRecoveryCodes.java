package org.foyer.security.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * Recovery codes issued at enrolment, shown on the next page exactly once: only their hashes are
 * stored, so this is the one moment the person can write them down.
 */
@Named("newRecoveryCodes")
@RequestScoped
public class NewRecoveryCodes {

  static final String ATTRIBUTE = NewRecoveryCodes.class.getName();

  @Inject HttpServletRequest request;

  private List<String> codes;

  /** The codes, removed from the session on first read. */
  @SuppressWarnings("unchecked")
  public List<String> getCodes() {
    if (codes == null) {
      HttpSession session = request.getSession(false);
      Object stored = session == null ? null : session.getAttribute(ATTRIBUTE);
      codes = stored instanceof List<?> list ? (List<String>) list : List.of();
      if (session != null) {
        session.removeAttribute(ATTRIBUTE);
      }
    }
    return codes;
  }
}
