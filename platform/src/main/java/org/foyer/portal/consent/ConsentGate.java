package org.foyer.portal.consent;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;
import org.foyer.web.PracticeRouting;
import org.foyer.web.RoutedPractice;

/**
 * Before any portal page, a portal login that has not accepted the current consent to electronic
 * records is sent to the consent page. Runs on the tenant filter's forward to the page's view, when
 * the caller is known and the practice's tenancy is set. A login found up to date is remembered in
 * its session for that version, so the check costs one query per session and consent version.
 */
@WebFilter(
    filterName = "portal-consent",
    urlPatterns = "/portal/*",
    dispatcherTypes = {DispatcherType.FORWARD})
public class ConsentGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CONSENT_PAGE = "/portal/consent";
  static final String CHECKED = ConsentGate.class.getName() + ".version";

  @Inject transient ElectronicConsent consent;
  @Inject transient PracticeRouting routing;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    SignedIn signedIn =
        session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
    if (!needsCheck(
        signedIn,
        request.getServletPath(),
        session == null ? null : session.getAttribute(CHECKED),
        consent.currentVersion())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<RoutedPractice> practice = routing.resolve(request);
    if (practice.isPresent() && consent.isOwed(signedIn.accountId())) {
      response.sendRedirect(practice.get().pagePath(request.getContextPath(), CONSENT_PAGE));
      return;
    }
    session.setAttribute(CHECKED, consent.currentVersion());
    chain.doFilter(request, response);
  }

  /**
   * Whether this request must look the consent up: a portal login, on any page but the consent page
   * itself, not yet found up to date for the current version in this session.
   */
  static boolean needsCheck(
      SignedIn signedIn, String servletPath, Object checkedVersion, int currentVersion) {
    return signedIn != null
        && signedIn.kind() == AccountKind.PORTAL
        && !servletPath.equals(CONSENT_PAGE + ".xhtml")
        && !Integer.valueOf(currentVersion).equals(checkedVersion);
  }

  /** After an acceptance, the next portal page needs no check. */
  static void remember(HttpSession session, int version) {
    session.setAttribute(CHECKED, version);
  }
}
