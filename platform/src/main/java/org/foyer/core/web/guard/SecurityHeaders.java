package org.foyer.core.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.foyer.core.web.routing.PracticeRouting;

/**
 * The security headers every answer carries. Applied by {@link SecurityHeadersFilter} and, because
 * the authentication mechanism answers before any filter runs (its redirect to sign-in, the API's
 * 401, the 404 of the wrong area), by the mechanism too: one list, so the two never drift apart.
 * Every answer starts with a policy that allows no script at all; Faces pages replace it with the
 * page policy of web.xml ({@code primefaces.CSP_POLICY}) to which PrimeFaces appends the nonce.
 */
public final class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";
  static final String STRICT_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  private SecurityHeaders() {}

  /** Sets the headers on the answer; a later Content-Security-Policy of a page may replace CSP. */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, STRICT_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (!PracticeRouting.pathOf(request).startsWith(FACES_RESOURCES)) {
      // Pages, answers and even errors may carry health information or a session's traces: never
      // keep them in a cache. Only Faces' versioned static resources (scripts, styles) may be.
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
