package org.foyer.portal.consent;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.core.web.ProblemWriter;
import org.foyer.core.web.routing.PracticeRouting;
import org.foyer.core.web.routing.RoutedPractice;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;

/**
 * Before any portal page or API call, a portal login that has not accepted the current consent to
 * electronic records is sent to the consent page. Runs on the tenant filter's forward to the page's
 * view, when the caller is known and the practice's tenancy is set. A login found up to date is
 * remembered in its session for that version, so the check costs one query per session and consent
 * version. The page asked for travels to the consent page as {@code next}, so accepting continues
 * to it. An API call (drafts, signatures, downloads) cannot be sent to a page: it is refused with a
 * 403 problem of type {@link #CONSENT_REQUIRED}, whose detail names the page where the consent is
 * accepted. web.xml maps the filter (portal pages on the tenant filter's forward, API calls after
 * the tenant filter has set the practice).
 */
@WebFilter(filterName = "portal-consent")
public class ConsentGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CONSENT_PAGE = "/portal/consent";
  static final String CHECKED = ConsentGate.class.getName() + ".version";
  static final String HOME = "/portal/home";
  public static final String CONSENT_REQUIRED = "urn:foyer:problem:consent-required";
  private static final Pattern PORTAL_PAGE = Pattern.compile("/portal(/[a-z0-9-]+)+");

  @Inject transient ElectronicConsent consent;
  @Inject transient PracticeRouting routing;
  @Inject transient ProblemWriter problems;

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
      if (PracticeRouting.isApi(PracticeRouting.pathOf(request))) {
        problems.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            CONSENT_REQUIRED,
            "Consent required",
            "The consent to electronic records has been updated: accept it at "
                + practice.get().pagePath(request.getContextPath(), CONSENT_PAGE)
                + " before continuing");
        return;
      }
      response.sendRedirect(
          practice.get().pagePath(request.getContextPath(), CONSENT_PAGE)
              + "?next="
              + URLEncoder.encode(
                  afterConsent(practice.get().remainder()), StandardCharsets.UTF_8));
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

  /**
   * Where accepting the consent continues: the portal page asked for, or portal home for anything
   * else. Only a path of this practice's portal qualifies, so the parameter cannot send anyone to
   * another site, another practice or back to the consent page.
   */
  static String afterConsent(String next) {
    return next != null
            && next.length() <= 200
            && PORTAL_PAGE.matcher(next).matches()
            && !next.equals(CONSENT_PAGE)
        ? next
        : HOME;
  }

  /** After an acceptance, the next portal page needs no check. */
  static void remember(HttpSession session, int version) {
    session.setAttribute(CHECKED, version);
  }
}
