package org.foyer.core.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.core.web.ProblemWriter;
import org.foyer.core.web.routing.PublicAddress;

/**
 * CSRF protection for the practice API, which the browser authenticates with the session cookie.
 * Every state-changing request must echo the session's token in {@value #HEADER}. Faces pages need
 * no such token: their postbacks carry the server-side view state, an unguessable per-view value a
 * forged form cannot know.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/api/p/*")
public class CsrfGuard extends HttpFilter {

  public static final String HEADER = "X-Foyer-CSRF";
  static final String ATTRIBUTE = CsrfGuard.class.getName();
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern PRACTICE_API = Pattern.compile("/api/p/[^/]+(/.*)");

  @Inject ProblemWriter problems;

  /** The session's token, created on first use. */
  public static String tokenOf(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, created);
    return created;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod()) || matches(request) || isServerCallback(request)) {
      chain.doFilter(request, response);
      return;
    }
    problems.write(
        response,
        403,
        "Forbidden",
        "This request lacks the session's CSRF token: send it in the " + HEADER + " header");
  }

  /**
   * A public address that servers call (a payment processor's webhook) carries no cookie a forged
   * page could ride on; what protects it is its own ({@link PublicAddress}). A request that comes
   * with a session is held to the token all the same.
   */
  static boolean isServerCallback(HttpServletRequest request) {
    Matcher api =
        PRACTICE_API.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return api.matches()
        && request.getSession(false) == null
        && PublicAddress.of(request.getMethod(), api.group(1))
            .filter(PublicAddress::calledWithoutBrowser)
            .isPresent();
  }

  private static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String presented = request.getHeader(HEADER);
    if (session == null
        || presented == null
        || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
